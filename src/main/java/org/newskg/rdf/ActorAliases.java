package org.newskg.rdf;

import java.util.List;

/** Looks up the other names of a known actor by its IRI. */
@FunctionalInterface
public interface ActorAliases {

  /** Knows nothing: actors get no alternative labels (for tests and tools without a catalogue). */
  ActorAliases NONE = iri -> List.of();

  List<String> aliases(String actorIri);
}
