package org.newskg.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.newskg.ingest.Document;
import org.newskg.ingest.DocumentMetadata;

/**
 * A {@link Document} in the form Spark can ship between executors, with its place in the input
 * order ({@code order}): which of two documents with one id was read first, as a local ingest
 * would have read them.
 */
record DocumentRecord(long order, String id, String text, String title, LocalDate published, String publisher,
    String url, String language, String origin) implements Serializable {

  static DocumentRecord of(long order, Document d) {
    DocumentMetadata m = d.metadata();
    return new DocumentRecord(order, d.id(), d.text(), m.title(), m.published(), m.publisher(), m.url(), m.language(),
        d.origin());
  }

  Document document() {
    return new Document(id, text, new DocumentMetadata(title, published, publisher, url, language), origin);
  }
}
