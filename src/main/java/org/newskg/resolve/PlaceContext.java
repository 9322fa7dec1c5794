package org.newskg.resolve;

import java.util.Set;

/**
 * What a document's other places say about where it is: the countries ({@code UA}) and
 * first-order regions ({@code UA.08}) of its place names that can only be in one of them.
 */
public record PlaceContext(Set<String> countries, Set<String> regions) {

  public static final PlaceContext NONE = new PlaceContext(Set.of(), Set.of());

  public PlaceContext {
    countries = Set.copyOf(countries);
    regions = Set.copyOf(regions);
  }

  public static PlaceContext ofCountries(Set<String> countries) {
    return new PlaceContext(countries, Set.of());
  }

  static String region(Place place) {
    return place.country() + "." + place.admin1();
  }

  boolean hasCountry(Place place) {
    return countries.contains(place.country());
  }

  boolean hasRegion(Place place) {
    return regions.contains(region(place));
  }
}
