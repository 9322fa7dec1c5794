package org.newskg.ingest;

/** Thrown inside the reader for an input it must reject; never leaves the reader. */
final class BadInputException extends Exception {

  BadInputException(String problem) {
    super(problem);
  }
}
