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
}
