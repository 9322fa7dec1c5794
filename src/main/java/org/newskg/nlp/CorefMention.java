package org.newskg.nlp;

/** A mention in a coreference chain: tokens [start, end) of a sentence, 1-based. */
public record CorefMention(int sentence, int start, int end, String text) {}
