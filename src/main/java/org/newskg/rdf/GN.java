package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;

/** The GeoNames namespaces: the ontology and the IRIs of places the gazetteer knows. */
public final class GN {
  public static final String NS = "https://www.geonames.org/ontology#";
  /** Prefix of every GeoNames feature IRI, e.g. {@code https://sws.geonames.org/703448/}. */
  public static final String SWS = "https://sws.geonames.org/";

  public static final Property featureCode = Terms.property(NS, "featureCode");
  public static final Property countryCode = Terms.property(NS, "countryCode");
  public static final Property parentADM1 = Terms.property(NS, "parentADM1");
  public static final Property parentCountry = Terms.property(NS, "parentCountry");

  private GN() {}
}
