package org.newskg.rdf;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.newskg.resolve.Gazetteer;
import org.newskg.resolve.Names;
import org.newskg.resolve.Place;

/**
 * The admin hierarchy of GeoNames places from the shipped gazetteer. The gazetteer is indexed by
 * name only, so a place is found by its label and checked by its geonameid, and a country by its
 * English name (from the JDK's locale data) and checked by its ISO code. It is loaded on the first
 * GeoNames place, which ingest has loaded already to resolve that place.
 */
public final class GazetteerHierarchy implements PlaceHierarchy {
  private final Supplier<Gazetteer> gazetteer;

  /** Over the shared gazetteer, loaded when first needed. */
  public GazetteerHierarchy() {
    this(Gazetteer::shared);
  }

  public GazetteerHierarchy(Supplier<Gazetteer> gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public Optional<PlaceFacts> facts(String iri, String label) {
    if (!iri.startsWith(Place.IRI_BASE) || label == null) {
      return Optional.empty();
    }
    return find(iri, label).map(this::factsOf);
  }

  private Optional<Place> find(String iri, String label) {
    return gazetteer.get().lookup(Names.key(label)).stream().filter(p -> p.iri().equals(iri)).findFirst();
  }

  private PlaceFacts factsOf(Place place) {
    String adm1 = place.isCountry() || place.isAdm1() ? null
        : gazetteer.get().adm1(place.country(), place.admin1()).map(Place::iri).orElse(null);
    String country = place.isCountry() ? null : country(place.country()).map(Place::iri).orElse(null);
    return new PlaceFacts(place.featureClass(), place.featureCode(), place.country(), adm1, country,
        gazetteer.get().alternateNames(place.geonameid()));
  }

  private Optional<Place> country(String code) {
    return englishName(code).flatMap(name -> gazetteer.get().lookup(Names.key(name)).stream()
        .filter(p -> p.isCountry() && p.country().equals(code)).findFirst());
  }

  private static Optional<String> englishName(String code) {
    try {
      Locale region = new Locale.Builder().setRegion(code).build();
      String name = region.getDisplayCountry(Locale.ENGLISH);
      return name.isEmpty() || name.equals(code) ? Optional.empty() : Optional.of(name);
    } catch (IllformedLocaleException e) {
      return Optional.empty();
    }
  }
}
