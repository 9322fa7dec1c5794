package org.newskg.extract;

import org.newskg.ingest.Span;

/**
 * A participant as the text names it: the {@code mention} text at {@code span}, what kind it
 * seems to be, and the canonical {@code entity} once resolved (null before resolution).
 */
public record Participant(String mention, Span span, EntityKind kind, Entity entity) {

  public static Participant unresolved(String mention, Span span, EntityKind kind) {
    return new Participant(mention, span, kind, null);
  }

  public Participant resolvedAs(Entity canonical) {
    return new Participant(mention, span, kind, canonical);
  }
}
