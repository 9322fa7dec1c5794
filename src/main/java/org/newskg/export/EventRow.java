package org.newskg.export;

import java.util.List;

/**
 * One line of the events export (see ARCHITECTURE.md, "Events export"): one event mention with
 * its evidence, roles, date, source and provenance. Optional fields are null; decimals are kept
 * as their lexical form.
 */
public record EventRow(
    String event,
    String mention,
    String doc,
    String action,
    String trigger,
    int begin,
    int end,
    String evidence,
    List<ParticipantRow> actors,
    List<ParticipantRow> targets,
    List<ParticipantRow> places,
    String date,
    String datePrecision,
    ParticipantRow source,
    String modality,
    String confidence,
    String publisher,
    String published) {}
