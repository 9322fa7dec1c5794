package org.newskg.query;

/** A canned query was called with a missing, unknown or badly typed parameter. */
public class QueryParameterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public QueryParameterException(String message) {
    super(message);
  }
}
