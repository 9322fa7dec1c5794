package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The newskg vocabulary ({@code nkg:}), field names spelled exactly as the local names in
 * {@code ontology/newskg.ttl}. Standard terms (SEM, PROV, NIF, SKOS, Dublin Core, GeoSPARQL) are
 * in {@link SEM}, {@link NIF}, {@link PROVO}, {@link GEO}, {@link WGS} and Jena's SKOS and DCTerms.
 */
public final class NKG {
  public static final String NS = "http://newskg.org/ontology#";
  /** Base of every instance IRI (documents, mentions, events, actors, graphs). */
  public static final String ID = "http://newskg.org/id/";

  private NKG() {}

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS + local);
  }

  // Classes
  public static final Resource Document = resource("Document");
  public static final Resource Event = resource("Event");
  public static final Resource EventMention = resource("EventMention");
  public static final Resource ParticipantMention = resource("ParticipantMention");
  public static final Resource Actor = resource("Actor");
  public static final Resource Place = resource("Place");
  public static final Resource Quantity = resource("Quantity");
  public static final Resource Modality = resource("Modality");
  public static final Resource DatePrecision = resource("DatePrecision");
  public static final Resource ActionScheme = resource("ActionScheme");

  // Modality individuals
  public static final Resource asserted = resource("asserted");
  public static final Resource negated = resource("negated");
  public static final Resource uncertain = resource("uncertain");
  public static final Resource future = resource("future");
  public static final Resource hypothetical = resource("hypothetical");

  // Date precision individuals
  public static final Resource year = resource("year");
  public static final Resource month = resource("month");
  public static final Resource day = resource("day");

  // Document
  public static final Property contentHash = property("contentHash");

  // Mention
  public static final Property mentionOf = property("mentionOf");
  public static final Property action = property("action");
  public static final Property trigger = property("trigger");
  public static final Property triggerBegin = property("triggerBegin");
  public static final Property triggerEnd = property("triggerEnd");
  public static final Property mentionIndex = property("mentionIndex");
  public static final Property modality = property("modality");
  public static final Property confidence = property("confidence");
  public static final Property dateValue = property("dateValue");
  public static final Property datePrecision = property("datePrecision");
  public static final Property dateFromPublished = property("dateFromPublished");
  public static final Property hasTarget = property("hasTarget");
  public static final Property hasActorMention = property("hasActorMention");
  public static final Property hasTargetMention = property("hasTargetMention");
  public static final Property hasPlaceMention = property("hasPlaceMention");
  public static final Property hasSourceMention = property("hasSourceMention");
  public static final Property hasQuantity = property("hasQuantity");

  // Participant mention
  public static final Property refersTo = property("refersTo");
  public static final Property rank = property("rank");

  // Quantity
  public static final Property quantityValue = property("quantityValue");
  public static final Property counts = property("counts");
  public static final Property qualifier = property("qualifier");

  // Actor
  public static final Property actorKind = property("actorKind");

  // Summaries, kept in the summary graph at every write
  public static final Property eventsAsActor = property("eventsAsActor");
  public static final Property eventsAsTarget = property("eventsAsTarget");
  public static final Property mentionsAsSource = property("mentionsAsSource");

  // Action concepts
  public static final Property ploverEvent = property("ploverEvent");
  public static final Property ploverMode = property("ploverMode");
}
