package org.newskg.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.newskg.rdf.NKG;

/** One named graph read from a shard: its name, its quads and the shard file it came from. */
public record ShardGraph(Node name, List<Quad> quads, Path shard) {

  public ShardGraph {
    quads = List.copyOf(quads);
  }

  /**
   * The property whose value tells whether a stored document graph is already this one: today
   * the content hash. The one place to change when the store records another fingerprint.
   */
  static final Node FINGERPRINT = NKG.contentHash.asNode();

  /** This graph's fingerprint; null for a graph that is no document (the ontology). */
  public String fingerprint() {
    return quads.stream().filter(q -> q.getPredicate().equals(FINGERPRINT))
        .map(q -> q.getObject().getLiteralLexicalForm()).findFirst().orElse(null);
  }
}
