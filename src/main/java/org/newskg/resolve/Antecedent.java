package org.newskg.resolve;

import java.util.Arrays;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityKind;

/**
 * A resolved name in a document that a later pronoun or description may refer to: where it
 * begins, its entity, and its gazetteer place when it is one (null otherwise).
 */
record Antecedent(int begin, Entity entity, Place place) {

  boolean isActorOf(EntityKind... kinds) {
    return Arrays.asList(kinds).contains(entity.kind());
  }

  /** Whether the entity's name contains this word ("Ministry of Defence" and "ministry"), ignoring case. */
  boolean isNamedWith(String word) {
    return Arrays.stream(entity.label().split("[^\\p{L}]+")).anyMatch(w -> w.equalsIgnoreCase(word));
  }
}
