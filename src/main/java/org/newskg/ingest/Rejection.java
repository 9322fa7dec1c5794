package org.newskg.ingest;

/** An input that was not stored: where it came from (file, line) and the problem, in one line. */
public record Rejection(String origin, String problem) {

  @Override
  public String toString() {
    return origin + ": " + problem;
  }
}
