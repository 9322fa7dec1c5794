package org.newskg.nlp;

import java.util.List;

/** Mentions of one referent; {@code representative} is the most informative of them. */
public record CorefChain(CorefMention representative, List<CorefMention> mentions) {}
