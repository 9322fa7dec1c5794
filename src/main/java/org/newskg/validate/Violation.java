package org.newskg.validate;

/** One reason a graph does not conform: the node, the path (may be null), the shape's message. */
public record Violation(String focusNode, String path, String severity, String message) {

  @Override
  public String toString() {
    return severity + " " + focusNode + (path == null ? "" : " " + path) + ": " + message;
  }
}
