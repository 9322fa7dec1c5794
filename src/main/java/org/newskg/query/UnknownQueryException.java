package org.newskg.query;

/** A canned query was asked for by a name the library does not hold. */
public class UnknownQueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnknownQueryException(String name) {
    super("no canned query named '" + name + "'");
  }
}
