package org.newskg.eval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newskg.ingest.Span;

/**
 * score.py's {@code locate}: the evidence's exact place in the text, else a match that lets
 * whitespace differ. Offsets count code points, as Python's do (they differ from Java's only
 * after a character outside the Basic Multilingual Plane).
 */
public final class EvidenceLocator {

  private EvidenceLocator() {}

  /** The span of {@code evidence} in {@code text} in code points, null when it is not there. */
  public static Span locate(String text, String evidence) {
    int i = text.indexOf(evidence);
    if (i >= 0) {
      return codePointSpan(text, i, i + evidence.length());
    }
    Matcher m = flexible(evidence).matcher(text);
    return m.find() ? codePointSpan(text, m.start(), m.end()) : null;
  }

  private static Pattern flexible(String evidence) {
    return Pattern.compile(PythonText.split(evidence).stream()
        .map(Pattern::quote)
        .collect(Collectors.joining(PythonText.SPACE + "+")));
  }

  private static Span codePointSpan(String text, int begin, int end) {
    return new Span(text.codePointCount(0, begin), text.codePointCount(0, end));
  }
}
