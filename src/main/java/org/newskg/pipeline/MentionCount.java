package org.newskg.pipeline;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.NKG;

/** Counts the event mentions in a document graph, for the ingest report. */
final class MentionCount {
  private MentionCount() {}

  static int of(Graph graph) {
    return graph.find(Node.ANY, RDF.type.asNode(), NKG.EventMention.asNode()).toList().size();
  }
}
