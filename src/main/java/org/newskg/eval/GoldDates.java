package org.newskg.eval;

import java.math.BigInteger;
import java.util.regex.Pattern;

/** score.py's {@code date_range} and {@code date_match}, down to what Python's {@code int()} accepts. */
public final class GoldDates {
  private static final Pattern PY_INT =
      Pattern.compile("[+-]?\\d+(_\\d+)*", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int[] MONTH_DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  private static final BigInteger FOUR = BigInteger.valueOf(4);
  private static final BigInteger HUNDRED = BigInteger.valueOf(100);
  private static final BigInteger FOUR_HUNDRED = BigInteger.valueOf(400);

  private GoldDates() {}

  /**
   * True when the system date answers the gold date: a point gold date exactly (a degenerate
   * interval X/X counts as X), an interval gold date by any date or interval inside it.
   */
  public static boolean matches(String system, String gold) {
    if (system == null || system.isEmpty()) {
      return false;
    }
    if (!gold.contains("/")) {
      String[] s = system.split("/", -1);
      return (s[0].equals(s[s.length - 1]) && s[0].equals(gold)) || system.equals(gold);
    }
    try {
      String[] s = range(system);
      String[] g = range(gold);
      return PythonText.lessOrEqual(g[0], s[0]) && PythonText.lessOrEqual(s[1], g[1]);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** First and last day of YYYY, YYYY-MM, YYYY-MM-DD or START/END; longer forms pass unchanged. */
  static String[] range(String d) {
    int slash = d.indexOf('/');
    if (slash >= 0) {
      return new String[] {range(d.substring(0, slash))[0], range(d.substring(slash + 1))[1]};
    }
    String[] parts = d.split("-", -1);
    if (parts.length == 1) {
      return new String[] {d + "-01-01", d + "-12-31"};
    }
    if (parts.length == 2) {
      return new String[] {d + "-01", d + "-" + String.format(java.util.Locale.ROOT, "%02d", lastDay(parts[0], parts[1]))};
    }
    return new String[] {d, d};
  }

  private static int lastDay(String year, String month) {
    BigInteger y = pythonInt(year);
    BigInteger m = pythonInt(month);
    if (m.compareTo(BigInteger.ONE) < 0 || m.compareTo(BigInteger.valueOf(12)) > 0) {
      throw new IllegalArgumentException("bad month " + month);
    }
    int mi = m.intValueExact();
    return MONTH_DAYS[mi - 1] + (mi == 2 && isLeap(y) ? 1 : 0);
  }

  private static boolean isLeap(BigInteger y) {
    return y.mod(FOUR).signum() == 0
        && (y.mod(HUNDRED).signum() != 0 || y.mod(FOUR_HUNDRED).signum() == 0);
  }

  /** Python's {@code int(s)}: surrounding whitespace, a sign, any decimal digits, single underscores between digits. */
  static BigInteger pythonInt(String s) {
    String t = s.replaceAll("^" + PythonText.SPACE + "+|" + PythonText.SPACE + "+$", "");
    if (!PY_INT.matcher(t).matches()) {
      throw new IllegalArgumentException("not an int: " + s);
    }
    return new BigInteger(t.replace("_", ""));
  }
}
