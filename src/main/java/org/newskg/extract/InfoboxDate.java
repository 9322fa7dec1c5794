package org.newskg.extract;

import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date of an infobox field: "9–11 November 2022", "24 February – 11 November 2022",
 * "2 March 2022", "March 2, 2022", "November 2022", "2022". Null when it cannot.
 */
final class InfoboxDate {

  private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
  private static final Pattern DAY_RANGE = Pattern.compile("(\\d{1,2})\\s*[–-]\\s*(\\d{1,2}) " + MONTH + " (\\d{4})");
  private static final Pattern SPAN = Pattern.compile("(\\d{1,2}) " + MONTH + "\\s*[–-]\\s*(\\d{1,2}) " + MONTH + " (\\d{4})");
  private static final Pattern DAY = Pattern.compile("(\\d{1,2}) " + MONTH + ",? (\\d{4})");
  private static final Pattern US_DAY = Pattern.compile(MONTH + " (\\d{1,2}),? (\\d{4})");
  private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + " (\\d{4})");
  private static final Pattern YEAR = Pattern.compile("\\b(1\\d{3}|20\\d{2})\\b");

  private InfoboxDate() {}

  static EventDate parse(String value) {
    Matcher m;
    if ((m = SPAN.matcher(value)).find()) {
      return EventDate.of(iso(m.group(5), m.group(2), m.group(1)) + "/" + iso(m.group(5), m.group(4), m.group(3)));
    }
    if ((m = DAY_RANGE.matcher(value)).find()) {
      return EventDate.of(iso(m.group(4), m.group(3), m.group(1)) + "/" + iso(m.group(4), m.group(3), m.group(2)));
    }
    if ((m = DAY.matcher(value)).find()) {
      return EventDate.of(iso(m.group(3), m.group(2), m.group(1)));
    }
    if ((m = US_DAY.matcher(value)).find()) {
      return EventDate.of(iso(m.group(3), m.group(1), m.group(2)));
    }
    if ((m = MONTH_YEAR.matcher(value)).find()) {
      return EventDate.of(m.group(2) + "-" + month(m.group(1)));
    }
    return (m = YEAR.matcher(value)).find() ? EventDate.of(m.group(1)) : null;
  }

  private static String iso(String year, String month, String day) {
    return year + "-" + month(month) + "-" + String.format("%02d", Integer.parseInt(day));
  }

  private static String month(String name) {
    return String.format("%02d", Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue());
  }
}
