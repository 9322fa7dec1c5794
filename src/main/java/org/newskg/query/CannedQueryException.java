package org.newskg.query;

/** A query file whose header or SPARQL text is malformed. */
public class CannedQueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CannedQueryException(String message) {
    super(message);
  }

  public CannedQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
