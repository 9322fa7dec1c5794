package org.newskg.resolve;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Orders the candidates for one name by context, then feature type, then population: a place in a
 * country the document's other places are in wins; then country > ADM1 > capital or regional
 * seat > other populated place > other features; then the larger population.
 */
final class PlaceRanking {

  private PlaceRanking() {}

  /** The best of {@code candidates} for a name with this key, given the document's countries. */
  static Place best(List<Place> candidates, String key, Set<String> contextCountries) {
    Comparator<Place> order = Comparator
        .comparing((Place p) -> contextCountries.contains(p.country()))
        .thenComparingInt(p -> tier(p, candidates, key))
        .thenComparingLong(Place::population)
        .thenComparing(Comparator.comparingLong(Place::geonameid).reversed());
    return candidates.stream().max(order).orElseThrow();
  }

  static int tier(Place place, List<Place> candidates, String key) {
    if (place.isCountry()) {
      return 60;
    }
    if (place.isAdm1()) {
      // A region named after its seat: the bare name means the city (Kherson, Kyiv, Donetsk).
      return namesSeat(candidates, place, key) ? 35 : 50;
    }
    if (place.isSeat()) {
      return 40;
    }
    return place.isPopulated() ? 30 : 20;
  }

  private static boolean namesSeat(List<Place> candidates, Place region, String key) {
    return candidates.stream().anyMatch(p -> p.isSeat()
        && p.country().equals(region.country())
        && Names.key(p.name()).equals(key));
  }
}
