package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** The Simple Event Model terms newskg asserts in its data. */
public final class SEM {
  public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";

  private SEM() {}

  public static final Resource Event = Terms.resource(NS, "Event");
  public static final Resource Actor = Terms.resource(NS, "Actor");
  public static final Resource Place = Terms.resource(NS, "Place");
  public static final Resource Time = Terms.resource(NS, "Time");
  public static final Property hasActor = Terms.property(NS, "hasActor");
  public static final Property hasPlace = Terms.property(NS, "hasPlace");
  public static final Property hasTime = Terms.property(NS, "hasTime");
  public static final Property accordingTo = Terms.property(NS, "accordingTo");
  public static final Property eventType = Terms.property(NS, "eventType");
  public static final Property eventProperty = Terms.property(NS, "eventProperty");
  public static final Property hasEarliestBeginTimeStamp = Terms.property(NS, "hasEarliestBeginTimeStamp");
  public static final Property hasLatestEndTimeStamp = Terms.property(NS, "hasLatestEndTimeStamp");
}
