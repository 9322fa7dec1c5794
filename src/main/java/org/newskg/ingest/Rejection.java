package org.newskg.ingest;

/**
 * An input that could not be read as a document: {@code origin} is the file (with
 * {@code :line N} for a JSONL line), {@code problem} says what is wrong with it.
 */
public record Rejection(String origin, String problem) {

  /** A document whose id was already read from {@code firstOrigin}: one id, one stored graph. */
  public static Rejection duplicateId(Document document, String firstOrigin) {
    return new Rejection(document.origin(), "duplicate id \"" + document.id() + "\" (first read from " + firstOrigin + ")");
  }

  /** The one line shown to the user. */
  public String message() {
    return origin + ": " + problem;
  }

  @Override
  public String toString() {
    return message();
  }
}
