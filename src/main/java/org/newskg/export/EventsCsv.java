package org.newskg.export;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The events export flattened for spreadsheets: one row per mention, lists joined with "; ". */
public final class EventsCsv {
  public static final String HEADER = "event,mention,doc,action,trigger,begin,end,evidence,actors,targets,"
      + "places,date,date_precision,source,modality,confidence,publisher,published";

  private EventsCsv() {}

  public static String row(EventRow r) {
    return Stream.of(r.event(), r.mention(), r.doc(), r.action(), r.trigger(), Integer.toString(r.begin()),
            Integer.toString(r.end()), r.evidence(), labels(r.actors()), labels(r.targets()), labels(r.places()),
            r.date(), r.datePrecision(), r.source() == null ? null : r.source().label(), r.modality(),
            r.confidence(), r.publisher(), r.published())
        .map(EventsCsv::field).collect(Collectors.joining(","));
  }

  private static String labels(List<ParticipantRow> participants) {
    return participants.stream().map(ParticipantRow::label).collect(Collectors.joining("; "));
  }

  /** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
  static String field(String value) {
    if (value == null) {
      return "";
    }
    return value.matches("(?s).*[,\"\r\n].*") ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
