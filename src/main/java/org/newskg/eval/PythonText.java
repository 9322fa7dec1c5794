package org.newskg.eval;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Python's notions of whitespace and word characters ({@code str.isspace}, {@code \s}, {@code \w}
 * on str patterns), which differ from Java's: Python counts U+001C–U+001F as space, and its
 * {@code \w} is letters, numbers and underscore only — no combining marks.
 */
final class PythonText {
  static final String SPACE_CLASS =
      "\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";
  static final String SPACE = "[" + SPACE_CLASS + "]";
  static final String WORD_CLASS = "\\p{L}\\p{N}_";
  private static final Pattern SPACES = Pattern.compile(SPACE + "+");

  private PythonText() {}

  /** {@code s.split()}: the non-empty runs between whitespace. */
  static List<String> split(String s) {
    return Arrays.stream(SPACES.split(s)).filter(w -> !w.isEmpty()).toList();
  }

  /** {@code not s.strip()}. */
  static boolean isBlank(String s) {
    return split(s).isEmpty();
  }

  /** Python's {@code a <= b} on str: by code point, not by UTF-16 unit. */
  static boolean lessOrEqual(String a, String b) {
    return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()) <= 0;
  }
}
