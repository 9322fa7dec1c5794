package org.newskg.resolve;

import java.util.List;
import org.newskg.extract.EntityKind;

/**
 * One row of {@code ontology/actors.tsv}: a known actor with its slug, label, kind, ISO country
 * (for states; blank otherwise), alternative names, and metonyms (a capital naming its state).
 */
record CatalogueActor(
    String slug, String label, EntityKind kind, String country, List<String> aliases, List<String> metonyms) {

  static final String IRI_BASE = "http://newskg.org/id/actor/";

  String iri() {
    return IRI_BASE + slug;
  }

  /** Parses a TSV row: slug, label, kind (state|organization|group), country, aliases, metonyms. */
  static CatalogueActor parse(String line) {
    String[] f = line.split("\t", -1);
    return new CatalogueActor(f[0], f[1], kind(f[2]), f[3], list(f, 4), list(f, 5));
  }

  private static EntityKind kind(String id) {
    return switch (id) {
      case "state" -> EntityKind.STATE;
      case "organization" -> EntityKind.ORGANIZATION;
      case "group" -> EntityKind.GROUP;
      case "person" -> EntityKind.PERSON;
      default -> EntityKind.OTHER;
    };
  }

  private static List<String> list(String[] fields, int column) {
    return column < fields.length && !fields[column].isBlank() ? List.of(fields[column].split("\\|")) : List.of();
  }
}
