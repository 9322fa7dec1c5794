package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;

/** The W3C WGS84 position terms for a place's latitude and longitude. */
public final class WGS {
  public static final String NS = "http://www.w3.org/2003/01/geo/wgs84_pos#";

  private WGS() {}

  public static final Property lat = Terms.property(NS, "lat");
  public static final Property long_ = Terms.property(NS, "long");
}
