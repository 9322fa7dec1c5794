package org.newskg.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.ingest.Span;

/**
 * The dateline of a wire report ("KYIV, Feb 26 (Reuters) -", "SIMFEROPOL, Ukraine, March 1 (AP) —"):
 * the city the report was filed from, in capitals, and the day it was filed, without a year.
 *
 * @param span the whole dateline, dash included
 * @param city the city's name as written
 * @param day the filing day, null when the dateline gives only the agency
 */
public record Dateline(Span span, Span city, MonthDay day) {

  private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
  // A city in capitals, an optional region in title case, then a day or an agency (or both) and a dash.
  private static final Pattern DATELINE = Pattern.compile(
      "\\G\\s*(?<city>\\p{Lu}[\\p{Lu}'’.\\- ]*\\p{Lu})(?:,\\s*\\p{Lu}[\\p{L}.'’\\- ]{1,40}?)?"
          + "(?:(?:,\\s*|\\s+)(?<date>" + MONTH + "\\s+\\d{1,2}))?\\s*(?<agency>\\([^)\\n]{1,40}\\))?\\s*[-–—]{1,2}\\s+");
  private static final DateTimeFormatter MONTH_DAY = new DateTimeFormatterBuilder().parseCaseInsensitive()
      .appendPattern("MMM d").toFormatter(Locale.ENGLISH);

  /** The dateline at the start of this text, if there is one. */
  public static Optional<Dateline> find(String text) {
    return find(text, 0);
  }

  /** The dateline starting at this offset (the report's first prose line), if there is one. */
  public static Optional<Dateline> find(String text, int from) {
    Matcher m = DATELINE.matcher(text).region(from, text.length());
    if (!m.find() || m.group("date") == null && m.group("agency") == null) {
      return Optional.empty();
    }
    MonthDay day = m.group("date") == null ? null : parseDay(m.group("date"));
    return Optional.of(new Dateline(new Span(m.start("city"), m.end()), new Span(m.start("city"), m.end("city")), day));
  }

  /** The filing day in the year of the published date, or the year before when that day would lie after it. */
  public Optional<LocalDate> dayIn(LocalDate published) {
    if (day == null || published == null) {
      return Optional.empty();
    }
    LocalDate date = day.atYear(published.getYear());
    return Optional.of(date.isAfter(published.plusDays(1)) ? date.minusYears(1) : date);
  }

  private static MonthDay parseDay(String written) {
    String[] parts = written.replace(".", "").split("\\s+");
    String month = parts[0].substring(0, 3);
    return MonthDay.parse(month + " " + parts[1], MONTH_DAY);
  }
}
