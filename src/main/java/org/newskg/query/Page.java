package org.newskg.query;

import java.util.Map;

/**
 * Which rows of an answer to return: {@code limit} rows after skipping {@code offset}. The
 * canned queries order their rows totally, so consecutive pages neither repeat nor miss a row.
 * {@code limit} and {@code offset} are paging parameters, never query variables.
 */
public record Page(long offset, long limit) {
  public static final String LIMIT = "limit";
  public static final String OFFSET = "offset";
  /** Every row. */
  public static final Page ALL = new Page(0, Long.MAX_VALUE);

  public Page {
    if (offset < 0 || limit < 1) {
      throw new QueryParameterException("offset must be 0 or more and limit 1 or more");
    }
  }

  /**
   * The page that {@code limit} and {@code offset} in these parameters ask for, or
   * {@code defaultLimit} rows from the start; a limit above {@code maxLimit} is refused.
   */
  public static Page from(Map<String, String> parameters, long defaultLimit, long maxLimit) {
    long limit = number(parameters, LIMIT, defaultLimit);
    if (limit > maxLimit) {
      throw new QueryParameterException("limit may be at most " + maxLimit + ", got " + limit);
    }
    return new Page(number(parameters, OFFSET, 0), limit);
  }

  /** True for the two paging parameter names. */
  public static boolean isPagingParameter(String name) {
    return LIMIT.equals(name) || OFFSET.equals(name);
  }

  /** The page after this one. */
  public Page next() {
    return new Page(offset + limit, limit);
  }

  private static long number(Map<String, String> parameters, String name, long fallback) {
    String value = parameters.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new QueryParameterException("parameter '" + name + "' must be a whole number, got '" + value + "'");
    }
  }
}
