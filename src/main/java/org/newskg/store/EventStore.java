package org.newskg.store;

import java.util.Collection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newskg.rdf.DocumentGraph;

/**
 * Where document graphs live. Each document's graph is replaced whole; a batch of documents is
 * written in one transaction. The default graph seen by queries is the union of the named graphs.
 */
public interface EventStore extends AutoCloseable {

  /** The content hash stored with a document's graph, or null if it is not stored. */
  String storedHash(String docId);

  /** Replaces the graphs of these documents in one write transaction. */
  void replace(Collection<DocumentGraph> graphs);

  /** The dataset, for queries and exports (callers open their own read transactions). */
  DatasetGraph dataset();

  @Override
  void close();
}
