package org.newskg.extract;

/**
 * When an event happened: {@code value} is {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or an
 * interval {@code START/END}; {@code precision} is that of its start; {@code fromPublished} marks a
 * date that fell back to the document's published date because the text gave none.
 */
public record EventDate(String value, DatePrecision precision, boolean fromPublished) {

  public static EventDate of(String value) {
    return new EventDate(value, DatePrecision.of(value.split("/")[0]), false);
  }

  public boolean isInterval() {
    return value.contains("/");
  }
}
