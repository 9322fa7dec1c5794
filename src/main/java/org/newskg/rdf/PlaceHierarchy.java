package org.newskg.rdf;

import java.util.Optional;

/** Looks up the feature code, country and parents of a place known by its IRI and label. */
@FunctionalInterface
public interface PlaceHierarchy {

  /** Knows nothing: graphs get no hierarchy triples (for tests and tools without a gazetteer). */
  PlaceHierarchy NONE = (iri, label) -> Optional.empty();

  Optional<PlaceFacts> facts(String iri, String label);
}
