package org.newskg.resolve;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityKind;

/**
 * Resolves a place mention ("Cherson", "the Kherson Oblast", "the Dnipro River") to a gazetteer
 * place with its GeoNames IRI and point; unknown places get a newskg IRI from their name and no
 * coordinates. Ambiguous names are decided by {@link PlaceRanking}.
 */
public final class GazetteerPlaceResolver {

  public static final String UNKNOWN_BASE = "http://newskg.org/id/place/";

  private final Supplier<Gazetteer> gazetteer;

  /** Uses the shipped gazetteer, loaded on first use. */
  public GazetteerPlaceResolver() {
    this(Gazetteer::shared);
  }

  public GazetteerPlaceResolver(Gazetteer gazetteer) {
    this(() -> gazetteer);
  }

  private GazetteerPlaceResolver(Supplier<Gazetteer> gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The place this mention most likely names, preferring places in {@code contextCountries}. */
  public Optional<Place> find(String mention, Set<String> contextCountries) {
    return firstReading(mention).map(found -> PlaceRanking.best(found.candidates(), found.key(), contextCountries));
  }

  /**
   * The country of this mention when every place it may name lies in that one country: such
   * names (unlike "Portovo", found in two countries) tell the context of the others.
   */
  public Optional<String> unambiguousCountry(String mention) {
    return firstReading(mention)
        .map(found -> found.candidates().stream().map(Place::country).distinct().toList())
        .filter(countries -> countries.size() == 1)
        .map(countries -> countries.get(0));
  }

  private Optional<Candidates> firstReading(String mention) {
    for (PlaceQuery reading : PlaceQuery.readings(mention)) {
      List<Place> candidates = gazetteer.get().lookup(reading.key()).stream()
          .filter(reading.hint()::accepts)
          .toList();
      if (!candidates.isEmpty()) {
        return Optional.of(new Candidates(reading.key(), candidates));
      }
    }
    return Optional.empty();
  }

  /** The canonical place entity; never null. */
  public Entity resolve(String mention, Set<String> contextCountries) {
    return find(mention, contextCountries).map(GazetteerPlaceResolver::entity).orElseGet(() -> unknown(mention));
  }

  public static Entity entity(Place place) {
    return new Entity(place.iri(), place.name(), EntityKind.PLACE, place.lat(), place.lon());
  }

  /** A place the gazetteer does not know: an IRI from its normalised name, no coordinates. */
  public static Entity unknown(String mention) {
    return new Entity(UNKNOWN_BASE + Names.slug(mention), Labels.of(mention), EntityKind.PLACE, null, null);
  }

  private record Candidates(String key, List<Place> candidates) {}
}
