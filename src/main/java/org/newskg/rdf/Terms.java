package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Makes the terms of the vocabulary classes from a namespace and a local name. */
final class Terms {
  private Terms() {}

  static Resource resource(String ns, String local) {
    return ResourceFactory.createResource(ns + local);
  }

  static Property property(String ns, String local) {
    return ResourceFactory.createProperty(ns + local);
  }
}
