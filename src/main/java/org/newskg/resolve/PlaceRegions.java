package org.newskg.resolve;

import java.util.Optional;
import java.util.function.Function;
import org.newskg.extract.Entity;

/**
 * What an event key needs to know of a resolved place: its gazetteer feature and the first-order
 * division (ADM1) it lies in. A city and its region ("Kherson", "Kherson Oblast", a town in that
 * oblast) are one anchor, so two texts that name the event's place at different grain meet.
 */
record PlaceRegions(Function<Entity, Optional<Place>> features, Function<Place, Optional<Place>> adm1Of) {

  /** No gazetteer: every place is its own region and no feature is known. */
  static final PlaceRegions NONE = new PlaceRegions(e -> Optional.empty(), p -> Optional.empty());

  /** Regions from a gazetteer: a place is found by its label and GeoNames IRI. */
  static PlaceRegions of(Gazetteer gazetteer) {
    Function<Entity, Optional<Place>> features = e -> gazetteer.lookup(Names.key(e.label())).stream()
        .filter(p -> p.iri().equals(e.iri())).findFirst();
    return new PlaceRegions(features, p -> gazetteer.adm1(p.country(), p.admin1()));
  }

  /** The ADM1 a settlement or lesser division lies in; a country, an ADM1 or an unknown place is its own. */
  Entity region(Entity place) {
    Optional<Place> feature = features.apply(place);
    boolean inside = feature.filter(p -> !p.isCountry() && !p.isAdm1() && (p.isPopulated() || p.isAdministrative())).isPresent();
    return inside ? feature.flatMap(adm1Of).map(r -> asEntity(r, place)).orElse(place) : place;
  }

  /** Whether the place is a settlement or an administrative area, a better anchor than a river or a sea. */
  boolean isSettledArea(Entity place) {
    return features.apply(place).filter(p -> p.isPopulated() || p.isAdministrative() || p.isCountry()).isPresent();
  }

  private static Entity asEntity(Place region, Entity like) {
    return new Entity(region.iri(), region.name(), like.kind(), region.lat(), region.lon());
  }
}
