package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** The PROV-O terms newskg uses for derivation and attribution. */
public final class PROVO {
  public static final String NS = "http://www.w3.org/ns/prov#";

  private PROVO() {}

  public static final Resource Entity = Terms.resource(NS, "Entity");
  public static final Resource Agent = Terms.resource(NS, "Agent");
  public static final Property wasDerivedFrom = Terms.property(NS, "wasDerivedFrom");
  public static final Property wasAttributedTo = Terms.property(NS, "wasAttributedTo");
}
