package org.newskg.serve;

import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one request may cost: the time a canned query and an ad hoc SPARQL query may run before
 * they are stopped, and the rows of a canned query's page (by default, and at most). Read from
 * the {@code serve.*} settings.
 */
public record ServeLimits(Duration cannedTimeout, Duration sparqlTimeout, int pageSize, int maxPageSize) {
  public static final String CANNED_TIMEOUT = "serve.timeout.canned";
  public static final String SPARQL_TIMEOUT = "serve.timeout.sparql";
  public static final String PAGE_SIZE = "serve.pageSize";
  public static final String MAX_PAGE_SIZE = "serve.maxPageSize";
  /** The shipped defaults, for servers built without settings. */
  public static final ServeLimits DEFAULTS = new ServeLimits(Duration.ofSeconds(10), Duration.ofSeconds(60), 100, 10_000);
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)");

  /** The limits these settings give; a setting left out keeps its default. */
  public static ServeLimits fromSettings(Properties settings) {
    return new ServeLimits(
        duration(settings, CANNED_TIMEOUT, DEFAULTS.cannedTimeout()),
        duration(settings, SPARQL_TIMEOUT, DEFAULTS.sparqlTimeout()),
        count(settings, PAGE_SIZE, DEFAULTS.pageSize()),
        count(settings, MAX_PAGE_SIZE, DEFAULTS.maxPageSize()));
  }

  /** These limits with other timeouts. */
  public ServeLimits withTimeouts(Duration canned, Duration sparql) {
    return new ServeLimits(canned, sparql, pageSize, maxPageSize);
  }

  /** A duration written {@code 500ms}, {@code 10s} or {@code 2m}. */
  static Duration parseDuration(String key, String text) {
    Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "setting " + key + " must be a duration such as 500ms, 10s or 2m, got '" + text + "'");
    }
    long amount = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      default -> Duration.ofMinutes(amount);
    };
  }

  private static Duration duration(Properties settings, String key, Duration fallback) {
    String value = settings.getProperty(key);
    return value == null ? fallback : parseDuration(key, value);
  }

  private static int count(Properties settings, String key, int fallback) {
    String value = settings.getProperty(key);
    try {
      return value == null ? fallback : Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting " + key + " must be a whole number, got '" + value + "'", e);
    }
  }
}
