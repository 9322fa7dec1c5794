package org.newskg.resolve;

import java.util.function.Predicate;

/** The kind of feature a designator word asks for: "X Oblast", "X River", "the city of X". */
enum FeatureHint {
  ANY(place -> true),
  ADMINISTRATIVE(Place::isAdministrative),
  REGION(place -> place.isAdministrative() || "L".equals(place.featureClass())),
  POPULATED(Place::isPopulated),
  STREAM(Place::isStream);

  private final Predicate<Place> accepts;

  FeatureHint(Predicate<Place> accepts) {
    this.accepts = accepts;
  }

  /** Asks for a region: a seat found under the name stands for the region it governs. */
  boolean wantsRegion() {
    return this == ADMINISTRATIVE || this == REGION;
  }

  boolean accepts(Place place) {
    return accepts.test(place);
  }

  /** The hint a designator word gives, or {@link #ANY} when the word is no designator. */
  static FeatureHint ofDesignator(String word) {
    return switch (word) {
      case "oblast", "province", "raion", "governorate", "district", "county", "krai", "prefecture" ->
          ADMINISTRATIVE;
      case "region", "area" -> REGION;
      case "city", "town", "village", "settlement", "capital", "port", "municipality" -> POPULATED;
      case "river", "bank", "banks", "mouth", "delta" -> STREAM;
      default -> ANY;
    };
  }
}
