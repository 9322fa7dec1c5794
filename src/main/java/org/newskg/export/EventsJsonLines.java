package org.newskg.export;

import java.util.List;
import java.util.stream.Collectors;

/** Formats event rows as the events contract: one JSON object per line, fields in contract order. */
public final class EventsJsonLines {
  private EventsJsonLines() {}

  public static String line(EventRow row) {
    JsonWriter json = new JsonWriter().open()
        .string("event", row.event()).string("mention", row.mention()).string("doc", row.doc())
        .string("action", row.action()).string("trigger", row.trigger())
        .number("begin", Integer.toString(row.begin())).number("end", Integer.toString(row.end()))
        .string("evidence", row.evidence())
        .raw("actors", list(row.actors(), false)).raw("targets", list(row.targets(), false))
        .raw("places", list(row.places(), true))
        .string("date", row.date()).string("date_precision", row.datePrecision())
        .raw("source", row.source() == null ? "null" : participant(row.source(), false))
        .string("modality", row.modality()).number("confidence", row.confidence())
        .string("publisher", row.publisher()).string("published", row.published());
    return json.close().toString();
  }

  private static String list(List<ParticipantRow> participants, boolean places) {
    return participants.stream().map(p -> participant(p, places)).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String participant(ParticipantRow p, boolean place) {
    JsonWriter json = new JsonWriter().open().string("label", p.label()).string("mention", p.mention()).string("iri", p.iri());
    if (place) {
      json.number("lat", p.lat()).number("lon", p.lon());
    }
    return json.close().toString();
  }
}
