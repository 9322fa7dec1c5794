package org.newskg.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.newskg.extract.EntityKind;

/** Mints every instance IRI of the data model, so that one class decides what names look like. */
public final class Iris {
  public static final String ONTOLOGY_GRAPH = NKG.ID + "graph/ontology";
  /** The graph of summaries (counts per actor) that every write of document graphs keeps up to date. */
  public static final String SUMMARY_GRAPH = NKG.ID + "graph/summary";

  private Iris() {}

  public static String graph(String docId) {
    return NKG.ID + "graph/" + segment(docId);
  }

  public static String document(String docId) {
    return NKG.ID + "doc/" + segment(docId);
  }

  public static String mention(String docId, int index) {
    return NKG.ID + "mention/" + segment(docId) + "/" + index;
  }

  /** A participant mention of an event mention: role is actor, target or place. */
  public static String participant(String mentionIri, String role, int rank) {
    return mentionIri + "/" + role + "/" + rank;
  }

  public static String source(String mentionIri) {
    return mentionIri + "/source";
  }

  public static String quantity(String mentionIri, int rank) {
    return mentionIri + "/quantity/" + rank;
  }

  public static String event(String eventKey) {
    return NKG.ID + "event/" + segment(eventKey);
  }

  public static String action(String actionId) {
    return NKG.ID + "action/" + segment(actionId);
  }

  /**
   * A time as a text gives it (YYYY, YYYY-MM, YYYY-MM-DD or START/END): an interval's '/' becomes
   * ISO 8601's alternative separator '--', so equal dates meet across documents.
   */
  public static String time(String dateValue) {
    return NKG.ID + "time/" + segment(dateValue.replace("/", "--"));
  }

  /** The IRI of an entity the resolver did not know: its kind and its name, so equal names meet. */
  public static String unknownEntity(EntityKind kind, String name) {
    return NKG.ID + kindSegment(kind) + "/" + slug(name);
  }

  /** The geometry of a place: named after its GeoNames id when it has one, else its last segment. */
  public static String geometry(String placeIri) {
    String trimmed = placeIri.endsWith("/") ? placeIri.substring(0, placeIri.length() - 1) : placeIri;
    return NKG.ID + "geometry/" + slug(trimmed.substring(trimmed.lastIndexOf('/') + 1));
  }

  /** Lower-case ASCII, diacritics folded, every run of other characters one '-'. */
  public static String slug(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "unnamed" : slug;
  }

  private static String kindSegment(EntityKind kind) {
    return switch (kind) {
      case PERSON -> "person";
      case ORGANIZATION -> "organization";
      case GROUP -> "group";
      case PLACE -> "place";
      case STATE, OTHER -> "actor";
    };
  }

  /** Keeps ids readable when they are safe and percent-encodes them when they are not. */
  private static String segment(String id) {
    return id.matches("[A-Za-z0-9._~-]+") ? id : URLEncoder.encode(id, StandardCharsets.UTF_8);
  }
}
