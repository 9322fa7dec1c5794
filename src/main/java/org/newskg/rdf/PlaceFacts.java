package org.newskg.rdf;

import java.util.List;

/**
 * Where a GeoNames place sits: its GeoNames feature class and code, ISO country code, the IRIs of
 * its first-order division and country (null when it is that division or country itself, or
 * unknown) and its alternate names in the gazetteer.
 */
public record PlaceFacts(String featureClass, String featureCode, String countryCode, String adm1Iri,
    String countryIri, List<String> alternateNames) {

  /** Facts without alternate names. */
  public PlaceFacts(String featureClass, String featureCode, String countryCode, String adm1Iri, String countryIri) {
    this(featureClass, featureCode, countryCode, adm1Iri, countryIri, List.of());
  }

  /** The GeoNames ontology's IRI for the feature code, e.g. {@code gn:P.PPLA}. */
  public String featureCodeIri() {
    return GN.NS + featureClass + "." + featureCode;
  }
}
