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

  /** The place this mention most likely names, preferring places in these countries. */
  public Optional<Place> find(String mention, Set<String> contextCountries) {
    return find(mention, PlaceContext.ofCountries(contextCountries));
  }

  /**
   * The place this mention most likely names in this context. A mention without a capital letter
   * ("east bank", "canal") is a description, not a name, and names no gazetteer place.
   */
  public Optional<Place> find(String mention, PlaceContext context) {
    return firstReading(mention).map(found -> regionOfSeat(found, PlaceRanking.best(found.candidates(), context)));
  }

  /**
   * Whether this name ends with a division word ("Oblast", "Region", "Province") and the gazetteer
   * knows it as an administrative division.
   */
  public boolean isAdministrativeDivision(String name) {
    String key = Names.key(name);
    String last = key.substring(key.lastIndexOf(' ') + 1);
    return key.contains(" ") && FeatureHint.ofDesignator(last).wantsRegion()
        && find(name, PlaceContext.NONE).filter(Place::isAdministrative).isPresent();
  }

  /**
   * The country and region of this mention when every place it may name lies in that one
   * country or region: such names (unlike "Portovo", found in two countries) set the context.
   */
  public PlaceContext contextOf(String mention) {
    List<Place> candidates = firstReading(mention).map(Candidates::candidates).orElse(List.of());
    return new PlaceContext(single(candidates.stream().map(Place::country).toList()),
        single(candidates.stream().map(PlaceContext::region).toList()));
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

  private Optional<Candidates> firstReading(String mention) {
    if (mention.chars().noneMatch(Character::isUpperCase)) {
      return Optional.empty();
    }
    for (PlaceQuery reading : PlaceQuery.readings(mention)) {
      List<Place> candidates = gazetteer.get().lookup(reading.key()).stream()
          .filter(place -> reading.hint().accepts(place) || reading.hint().wantsRegion() && place.isSeat())
          .toList();
      if (!candidates.isEmpty()) {
        return Optional.of(new Candidates(reading, candidates));
      }
    }
    return Optional.empty();
  }

  /** "Cherson region", when only the city bears that spelling: the region the city is the seat of. */
  private Place regionOfSeat(Candidates found, Place best) {
    if (!found.reading().hint().wantsRegion() || !best.isSeat() || found.reading().hint().accepts(best)) {
      return best;
    }
    return gazetteer.get().adm1(best.country(), best.admin1()).orElse(best);
  }

  private static Set<String> single(List<String> values) {
    return values.stream().distinct().count() == 1 ? Set.of(values.get(0)) : Set.of();
  }

  private record Candidates(PlaceQuery reading, List<Place> candidates) {}
}
