package org.newskg.ingest;

/**
 * An input that could not be read as a document: {@code origin} is the file (with
 * {@code :line N} for a JSONL line), {@code problem} says what is wrong with it.
 */
public record Rejection(String origin, String problem) {

  /** The one line shown to the user. */
  public String message() {
    return origin + ": " + problem;
  }

  @Override
  public String toString() {
    return message();
  }
}
