package org.newskg.rdf;

import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** The GeoSPARQL terms newskg uses for place geometries. */
public final class GEO {
  public static final String NS = "http://www.opengis.net/ont/geosparql#";

  private GEO() {}

  public static final Resource Feature = Terms.resource(NS, "Feature");
  public static final Resource Geometry = Terms.resource(NS, "Geometry");
  public static final Property hasGeometry = Terms.property(NS, "hasGeometry");
  public static final Property asWKT = Terms.property(NS, "asWKT");
  /** Kept as a plain datatype: newskg writes WKT points, it does not parse them. */
  public static final RDFDatatype wktLiteral = new BaseDatatype(NS + "wktLiteral");
}
