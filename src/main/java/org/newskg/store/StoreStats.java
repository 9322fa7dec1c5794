package org.newskg.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** What a store holds, counted: documents, mentions, events, actors, places and quads. */
public final class StoreStats {
  private static final String PREFIX = "PREFIX nkg: <http://newskg.org/ontology#> ";
  private static final Map<String, String> COUNTS = counts();

  private StoreStats() {}

  private static Map<String, String> counts() {
    Map<String, String> counts = new LinkedHashMap<>();
    counts.put("documents", "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a nkg:Document }");
    counts.put("event mentions", "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a nkg:EventMention }");
    counts.put("events", "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a nkg:Event }");
    counts.put("events in several documents",
        "SELECT (COUNT(*) AS ?n) { { SELECT ?e { GRAPH ?g { ?e a nkg:Event } } GROUP BY ?e HAVING (COUNT(DISTINCT ?g) > 1) } }");
    counts.put("actors", "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a nkg:Actor }");
    counts.put("places", "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a nkg:Place }");
    counts.put("quads", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
    return counts;
  }

  /** Each count by name, in a stable order. */
  public static Map<String, Long> of(DatasetGraph dataset) {
    return Txn.calculateRead(dataset, () -> {
      Map<String, Long> result = new LinkedHashMap<>();
      COUNTS.forEach((name, query) -> result.put(name, count(dataset, PREFIX + query)));
      return result;
    });
  }

  private static long count(DatasetGraph dataset, String query) {
    try (QueryExecution exec = QueryExecutionFactory.create(query, DatasetFactory.wrap(dataset))) {
      return exec.execSelect().next().getLiteral("n").getLong();
    }
  }
}
