package org.newskg.extract;

import java.util.Locale;

/** How precise a date is: the finest unit its text gives. */
public enum DatePrecision {
  YEAR, MONTH, DAY;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DatePrecision fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }

  /** The precision of an ISO value {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  public static DatePrecision of(String isoValue) {
    return switch (isoValue.split("-").length) {
      case 1 -> YEAR;
      case 2 -> MONTH;
      default -> DAY;
    };
  }
}
