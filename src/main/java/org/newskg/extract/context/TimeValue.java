package org.newskg.extract.context;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.DatePrecision;
import org.newskg.extract.EventDate;

/** A point date ({@code start == end}) or an interval between two partial dates. */
record TimeValue(PartialDate start, PartialDate end) {

  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2}).*");

  static TimeValue point(PartialDate date) {
    return new TimeValue(date, date);
  }

  /** SUTime's value as a date: ISO dates and times, and ISO weeks as Monday-to-Sunday intervals; else empty. */
  static Optional<TimeValue> parse(String normalized) {
    Optional<PartialDate> date = PartialDate.parse(normalized);
    if (date.isPresent()) {
      return date.map(TimeValue::point);
    }
    Matcher week = normalized == null ? null : WEEK.matcher(normalized);
    if (week == null || !week.matches()) {
      return Optional.empty();
    }
    LocalDate monday = LocalDate.of(Integer.parseInt(week.group(1)), 2, 1)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
        .with(java.time.DayOfWeek.MONDAY);
    return Optional.of(new TimeValue(PartialDate.of(monday), PartialDate.of(monday.plusDays(6))));
  }

  boolean isPoint() {
    return start.equals(end);
  }

  boolean hasYear() {
    return start.hasYear() && end.hasYear();
  }

  TimeValue withYear(int year) {
    return new TimeValue(start.hasYear() ? start : start.withYear(year), end.hasYear() ? end : end.withYear(year));
  }

  /** The same months and days in another year (an interval keeps its length in years). */
  TimeValue withYearOf(int year) {
    int shift = start.hasYear() ? year - start.year() : 0;
    PartialDate from = start.hasYear() ? start.withYear(year) : start;
    PartialDate to = end.hasYear() ? end.withYear(end.year() + shift) : end;
    return new TimeValue(from, to);
  }

  TimeValue minusOneYear() {
    return new TimeValue(start.withYear(start.year() - 1), end.withYear(end.year() - 1));
  }

  /** The value as the export writes it: {@code YYYY[-MM[-DD]]} or {@code START/END}. */
  EventDate toEventDate(boolean fromPublished) {
    String value = isPoint() ? start.iso() : start.iso() + "/" + end.iso();
    return new EventDate(value, DatePrecision.of(start.iso()), fromPublished);
  }
}
