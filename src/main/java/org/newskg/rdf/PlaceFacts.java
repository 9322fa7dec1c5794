package org.newskg.rdf;

/**
 * Where a GeoNames place sits: its GeoNames feature class and code, ISO country code and the IRIs of
 * its first-order division and country (null when it is that division or country itself, or unknown).
 */
public record PlaceFacts(String featureClass, String featureCode, String countryCode, String adm1Iri,
    String countryIri) {

  /** The GeoNames ontology's IRI for the feature code, e.g. {@code gn:P.PPLA}. */
  public String featureCodeIri() {
    return GN.NS + featureClass + "." + featureCode;
  }
}
