package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Cheap in-document coreference: a pronoun or definite description refers to the nearest
 * preceding antecedent of a compatible kind ("the city" → the last populated place named before
 * it). Stands in for CoreNLP's coref, which costs tens of seconds to load and seconds per document.
 */
final class InDocumentCoreference {

  private final List<Antecedent> antecedents;

  InDocumentCoreference(List<Antecedent> antecedents) {
    this.antecedents = new ArrayList<>(antecedents);
    this.antecedents.sort(Comparator.comparingInt(Antecedent::begin));
  }

  /** The nearest antecedent before {@code begin} that this anaphor accepts. */
  Optional<Antecedent> resolve(Anaphor anaphor, int begin) {
    Antecedent nearest = null;
    for (Antecedent candidate : antecedents) {
      if (candidate.begin() >= begin) {
        break;
      }
      if (anaphor.accepts(candidate)) {
        nearest = candidate;
      }
    }
    return Optional.ofNullable(nearest);
  }
}
