package org.newskg.rdf;

/** The GeoNames namespaces: the ontology and the IRIs of places the gazetteer knows. */
public final class GN {
  public static final String NS = "https://www.geonames.org/ontology#";
  /** Prefix of every GeoNames feature IRI, e.g. {@code https://sws.geonames.org/703448/}. */
  public static final String SWS = "https://sws.geonames.org/";

  private GN() {}
}
