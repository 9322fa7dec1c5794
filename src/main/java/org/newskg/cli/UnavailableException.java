package org.newskg.cli;

/**
 * Something the command needs is not available (a store locked by another process, a port in
 * use): said in one line, exit code 1, no stack trace.
 */
public class UnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
