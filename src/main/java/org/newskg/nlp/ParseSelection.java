package org.newskg.nlp;

import java.util.List;

/**
 * Decides, from a sentence's tokens (words, lemmas, tags, entities, normalised times, but no
 * dependencies yet), whether the sentence needs the dependency parse. The parse is the costliest
 * annotator; sentences that cannot hold an event keep their tokens and entities without it.
 */
@FunctionalInterface
public interface ParseSelection {
  /** Every sentence is parsed. */
  ParseSelection ALL = tokens -> true;

  /** True if the sentence made of these tokens must be parsed. */
  boolean needsParse(List<Token> tokens);
}
