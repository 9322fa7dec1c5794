package org.newskg.eval;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** score.py's {@code norm} and {@code name_match}: names equal, or one inside the other as whole words. */
public final class NameMatcher {
  private static final Pattern POSSESSIVE = Pattern.compile("'s(?![" + PythonText.WORD_CLASS + "])");
  private static final Pattern NOT_WORD_OR_SPACE =
      Pattern.compile("[^" + PythonText.WORD_CLASS + PythonText.SPACE_CLASS + "]");
  private static final Pattern LEADING_THE =
      Pattern.compile("^" + PythonText.SPACE + "*the" + PythonText.SPACE + "+");

  private NameMatcher() {}

  static String norm(String s) {
    String t = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    t = POSSESSIVE.matcher(t).replaceAll("");
    t = NOT_WORD_OR_SPACE.matcher(t).replaceAll(" ");
    t = LEADING_THE.matcher(t).replaceFirst("");
    return String.join(" ", PythonText.split(t));
  }

  /** True when {@code value} matches one of {@code alternatives}. */
  public static boolean matches(String value, List<String> alternatives) {
    String v = norm(value);
    return !v.isEmpty() && alternatives.stream().map(NameMatcher::norm).anyMatch(a -> same(v, a));
  }

  private static boolean same(String v, String a) {
    return !a.isEmpty()
        && (v.equals(a) || (" " + v + " ").contains(" " + a + " ") || (" " + a + " ").contains(" " + v + " "));
  }
}
