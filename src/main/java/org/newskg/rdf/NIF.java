package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** The NIF 2.0 core terms newskg uses for documents and text spans. */
public final class NIF {
  public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

  private NIF() {}

  public static final Resource Context = Terms.resource(NS, "Context");
  public static final Resource String = Terms.resource(NS, "String");
  public static final Property isString = Terms.property(NS, "isString");
  public static final Property referenceContext = Terms.property(NS, "referenceContext");
  public static final Property beginIndex = Terms.property(NS, "beginIndex");
  public static final Property endIndex = Terms.property(NS, "endIndex");
  public static final Property anchorOf = Terms.property(NS, "anchorOf");
}
