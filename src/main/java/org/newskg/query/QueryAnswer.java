package org.newskg.query;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.exec.RowSetRewindable;

/** What a query returned, held in memory so it outlives the read transaction. */
public sealed interface QueryAnswer {

  /** The solutions of a SELECT query. */
  record Rows(RowSetRewindable rows) implements QueryAnswer {}

  /** The answer of an ASK query. */
  record Ask(boolean answer) implements QueryAnswer {}

  /** The triples of a CONSTRUCT or DESCRIBE query. */
  record Triples(Graph graph) implements QueryAnswer {}
}
