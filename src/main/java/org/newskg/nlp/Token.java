package org.newskg.nlp;

/**
 * One token of a sentence. {@code index} is 1-based within the sentence (0 is the dependency
 * root); {@code begin}/{@code end} are character offsets into the document text. {@code ner} is
 * "O" outside entities; {@code normalized} is SUTime's normalised value for DATE/TIME/DURATION
 * tokens (or a number's value), else null.
 */
public record Token(
    int index, String word, String lemma, String pos, String ner, String normalized, int begin, int end) {}
