package org.newskg.resolve;

import java.util.Comparator;
import java.util.List;

/**
 * Orders the candidates for one name by context, then feature type, then population: a place in a
 * country the document's other places are in wins; then country > ADM1 > capital or regional
 * seat > other populated place > other features; then a place in one of the document's regions;
 * then the larger population.
 */
final class PlaceRanking {

  private PlaceRanking() {}

  /** The best of {@code candidates} for a name with this key, given the document's countries. */
  static Place best(List<Place> candidates, PlaceContext context) {
    Comparator<Place> order = Comparator
        .comparing(context::hasCountry)
        .thenComparingInt(p -> tier(p, candidates))
        .thenComparing(context::hasRegion)
        .thenComparingLong(Place::population)
        .thenComparing(Comparator.comparingLong(Place::geonameid).reversed());
    return candidates.stream().max(order).orElseThrow();
  }

  static int tier(Place place, List<Place> candidates) {
    if (place.isCountry()) {
      return 60;
    }
    if (place.isAdm1()) {
      // A region named after its seat: the bare name means the city (Kherson, Kyiv, Donetsk).
      return namesSeat(candidates, place) ? 35 : 50;
    }
    if (place.isSeat()) {
      return 40;
    }
    return place.isPopulated() ? 30 : 20;
  }

  /** Whether the name is also that of the region's seat or of its country's capital. */
  private static boolean namesSeat(List<Place> candidates, Place region) {
    return candidates.stream().anyMatch(p -> p.isSeat() && p.country().equals(region.country())
        && (p.sameAdm1(region) || "PPLC".equals(p.featureCode())));
  }
}
