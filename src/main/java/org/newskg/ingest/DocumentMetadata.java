package org.newskg.ingest;

import java.time.LocalDate;

/** What a user says about a text: every field may be null. */
public record DocumentMetadata(
    String title, LocalDate published, String publisher, String url, String language) {

  public static final DocumentMetadata NONE = new DocumentMetadata(null, null, null, null, null);
}
