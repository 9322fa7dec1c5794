package org.newskg.eval;

/** Gold, texts or system events that cannot be scored, e.g. gold evidence not found in its text. */
public final class EvalInputException extends RuntimeException {

  public EvalInputException(String message) {
    super(message);
  }

  public EvalInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
