package org.newskg.rdf;

import java.util.List;
import org.newskg.extract.EventMention;
import org.newskg.ingest.Document;

/**
 * Builds a document's named graph. Requires resolved, linked mentions; produces a graph with
 * IRIs only (no blank nodes), so building the same input twice gives the same triples.
 */
public interface DocumentGraphBuilder {
  DocumentGraph build(Document document, List<EventMention> mentions);
}
