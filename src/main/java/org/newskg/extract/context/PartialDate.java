package org.newskg.extract.context;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date as precise as a text gives it: a year (null while unknown, SUTime's
 * {@code XXXX}), optionally a month and a day.
 */
record PartialDate(Integer year, Integer month, Integer day) {

  private static final Pattern ISO = Pattern.compile("(\\d{4}|XXXX)(?:-(\\d{2}))?(?:-(\\d{2}))?(?:T.*)?");

  /** Reads SUTime's normalised value of a date or time ("2022-11-09", "XXXX-11", "2022-10-22T05:00", "2022-11-10TEV"). */
  static Optional<PartialDate> parse(String normalized) {
    Matcher m = normalized == null ? null : ISO.matcher(normalized);
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    Integer year = m.group(1).equals("XXXX") ? null : Integer.valueOf(m.group(1));
    return Optional.of(new PartialDate(year, number(m.group(2)), number(m.group(3))));
  }

  private static Integer number(String digits) {
    return digits == null ? null : Integer.valueOf(digits);
  }

  static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  boolean hasYear() {
    return year != null;
  }

  PartialDate withYear(int newYear) {
    return new PartialDate(newYear, month, day);
  }

  PartialDate withDay(int newDay) {
    return new PartialDate(year, month, newDay);
  }

  /** The first day this date covers (its year must be known). */
  LocalDate firstDay() {
    return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
  }

  /** The last day this date covers (its year must be known). */
  LocalDate lastDay() {
    if (month == null) {
      return LocalDate.of(year, 12, 31);
    }
    return day == null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
  }

  /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  String iso() {
    StringBuilder s = new StringBuilder(String.format("%04d", year));
    if (month != null) {
      s.append(String.format("-%02d", month));
      if (day != null) {
        s.append(String.format("-%02d", day));
      }
    }
    return s.toString();
  }
}
