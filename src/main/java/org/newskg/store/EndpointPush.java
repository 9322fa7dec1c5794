package org.newskg.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Pushes shard graphs to a SPARQL endpoint that speaks the Graph Store Protocol at the same URL
 * (a Fuseki dataset, or any store that does): each document graph is replaced with one PUT; a
 * graph whose fingerprint the endpoint already holds (asked with a SPARQL query) is skipped.
 */
public final class EndpointPush {
  private static final String STORED =
      "SELECT ?fingerprint WHERE { GRAPH ?graph { ?document ?property ?fingerprint } } LIMIT 1";
  private final String url;

  /** {@code url}: the dataset's URL, e.g. {@code http://host:3030/ds}. */
  public EndpointPush(String url) {
    this.url = url;
  }

  /** Pushes the shards in order; a syntax error in a shard throws {@link ShardReader.ShardException}. */
  public LoadReport push(List<Path> shards) {
    try (RDFLink link = RDFLink.connect(url)) {
      LoadPlan plan = new LoadPlan(graph -> storedFingerprint(link, graph));
      ShardReader.read(shards, graph -> {
        if (plan.decide(graph) != LoadPlan.Action.SKIP) {
          link.put(graph.name(), graphOf(graph));
        }
      });
      return plan.report();
    }
  }

  private static String storedFingerprint(RDFLink link, Node graph) {
    RowSet rows = link.newQuery().query(STORED).substitution("graph", graph)
        .substitution("property", ShardGraph.FINGERPRINT).select();
    return rows.hasNext() ? rows.next().get("fingerprint").getLiteralLexicalForm() : null;
  }

  private static Graph graphOf(ShardGraph shardGraph) {
    Graph graph = GraphFactory.createDefaultGraph();
    shardGraph.quads().forEach(q -> graph.add(q.asTriple()));
    return graph;
  }
}
