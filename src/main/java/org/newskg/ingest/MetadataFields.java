package org.newskg.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Reads the metadata fields shared by {@code .meta.json} sidecars and JSONL records. */
final class MetadataFields {

  private MetadataFields() {}

  static DocumentMetadata of(JsonObject json) throws BadInputException {
    return new DocumentMetadata(
        optionalString(json, "title"),
        published(json),
        optionalString(json, "publisher"),
        optionalString(json, "url"),
        optionalString(json, "language"));
  }

  /** The string under {@code key}, null when absent or JSON null. */
  static String optionalString(JsonObject json, String key) throws BadInputException {
    JsonValue value = json.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      throw new BadInputException("field \"" + key + "\" is not a string: " + value);
    }
    return value.getAsString().value();
  }

  private static LocalDate published(JsonObject json) throws BadInputException {
    String value = optionalString(json, "published");
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return isoDate(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadInputException(
          "field \"published\" is not an ISO date (YYYY-MM-DD): \"" + value + "\"");
    }
  }

  // A full timestamp is accepted too: feeds often carry one, and its date is what is meant.
  private static LocalDate isoDate(String value) {
    return value.length() > 10 ? OffsetDateTime.parse(value).toLocalDate() : LocalDate.parse(value);
  }
}
