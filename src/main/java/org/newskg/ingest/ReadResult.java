package org.newskg.ingest;

import java.util.List;

/** The documents read from some paths, and the inputs that were rejected, each in read order. */
public record ReadResult(List<Document> documents, List<Rejection> rejections) {

  public ReadResult {
    documents = List.copyOf(documents);
    rejections = List.copyOf(rejections);
  }

  public boolean hasRejections() {
    return !rejections.isEmpty();
  }
}
