package org.newskg.rdf;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The first and last day a date value covers: 2022-11 is 2022-11-01 to 2022-11-30. */
public record DateBounds(LocalDate earliest, LocalDate latest) {

  /** Bounds of {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or {@code START/END}; empty if malformed. */
  public static Optional<DateBounds> of(String value) {
    String[] ends = value.split("/", -1);
    if (ends.length > 2) {
      return Optional.empty();
    }
    try {
      return Optional.of(new DateBounds(first(ends[0]), last(ends[ends.length - 1])));
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static LocalDate first(String iso) {
    return switch (iso.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
      case 7 -> YearMonth.parse(iso).atDay(1);
      default -> LocalDate.parse(iso);
    };
  }

  private static LocalDate last(String iso) {
    return switch (iso.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(iso), 12, 31);
      case 7 -> YearMonth.parse(iso).atEndOfMonth();
      default -> LocalDate.parse(iso);
    };
  }
}
