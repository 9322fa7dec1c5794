package org.newskg.resolve;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.newskg.extract.EventDate;

/**
 * The days an {@link EventDate} covers: 2022-11 is 2022-11-01 to 2022-11-30; an interval runs from
 * its start's first to its end's last day. Two events can be one only if their ranges overlap.
 */
record DateRange(LocalDate first, LocalDate last) {

  /** The range of a date, empty when undated or unreadable. */
  static Optional<DateRange> of(EventDate date) {
    if (date == null || date.value() == null || date.value().isBlank()) {
      return Optional.empty();
    }
    try {
      String[] ends = date.value().split("/", 2);
      return Optional.of(new DateRange(firstDay(ends[0]), lastDay(ends[ends.length - 1])));
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  boolean overlaps(DateRange other) {
    return !first.isAfter(other.last) && !other.first.isAfter(last);
  }

  /** The month this range ends in, {@code YYYY-MM}. */
  String endMonth() {
    return YearMonth.from(last).toString();
  }

  private static LocalDate firstDay(String iso) {
    String[] parts = iso.split("-");
    return LocalDate.of(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
        parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
  }

  private static LocalDate lastDay(String iso) {
    String[] parts = iso.split("-");
    if (parts.length > 2) {
      return LocalDate.parse(iso);
    }
    YearMonth month = YearMonth.of(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 12);
    return month.atEndOfMonth();
  }
}
