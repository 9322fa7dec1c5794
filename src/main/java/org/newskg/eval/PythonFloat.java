package org.newskg.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's renderings of a float: {@code f'{v:.3f}'} (exact value, ties to even — Java's
 * {@code %.3f} rounds ties up) and {@code repr(v)} as {@code json.dumps} writes it (the shortest
 * digits that read back as the same double, which Java 17's {@code Double.toString} does not
 * always give).
 */
final class PythonFloat {

  private PythonFloat() {}

  static String fixed3(double v) {
    return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  static String repr(double v) {
    if (v == 0) {
      return 1 / v < 0 ? "-0.0" : "0.0";
    }
    BigDecimal shortest = shortest(v).stripTrailingZeros();
    int exponent = shortest.precision() - shortest.scale() - 1;
    return exponent >= -4 && exponent < 16 ? plain(shortest) : scientific(shortest, exponent);
  }

  private static BigDecimal shortest(double v) {
    BigDecimal exact = new BigDecimal(v);
    for (int digits = 1; digits < 17; digits++) {
      BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == v) {
        return rounded;
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
  }

  private static String plain(BigDecimal d) {
    String s = d.toPlainString();
    return s.contains(".") ? s : s + ".0";
  }

  private static String scientific(BigDecimal d, int exponent) {
    String digits = d.unscaledValue().abs().toString();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String sign = d.signum() < 0 ? "-" : "";
    return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format(java.util.Locale.ROOT, "%02d", Math.abs(exponent));
  }
}
