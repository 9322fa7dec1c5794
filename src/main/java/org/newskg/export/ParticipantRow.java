package org.newskg.export;

/** One actor, target, place or source of an exported mention; lat/lon only for places, maybe null. */
public record ParticipantRow(String label, String mention, String iri, String lat, String lon) {}
