package org.newskg.extract;

import java.util.Locale;

/** How the text presents an event. */
public enum Modality {
  ASSERTED, NEGATED, UNCERTAIN, FUTURE, HYPOTHETICAL;

  /** The lower-case name used in the export and the ontology. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Modality fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
