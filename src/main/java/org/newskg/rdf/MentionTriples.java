package org.newskg.rdf;

import static org.newskg.rdf.TripleSink.bool;
import static org.newskg.rdf.TripleSink.date;
import static org.newskg.rdf.TripleSink.decimal;
import static org.newskg.rdf.TripleSink.integer;
import static org.newskg.rdf.TripleSink.iri;
import static org.newskg.rdf.TripleSink.text;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.extract.EventDate;
import org.newskg.extract.EventMention;
import org.newskg.extract.Modality;
import org.newskg.extract.Participant;
import org.newskg.extract.Quantity;

/** Writes one event mention with its spans, roles, date, source, modality and quantities. */
final class MentionTriples {
  private final TripleSink sink;
  private final ParticipantTriples participants;
  private final Node doc;

  MentionTriples(TripleSink sink, Node doc, String text) {
    this.sink = sink;
    this.participants = new ParticipantTriples(sink, doc, text);
    this.doc = doc;
  }

  void write(EventMention mention, String eventIri) {
    String iri = Iris.mention(mention.docId(), mention.index());
    Node node = iri(iri);
    writeCore(node, mention, eventIri);
    writeRole(node, iri, "actor", mention.actors(), NKG.hasActorMention, SEM.hasActor);
    writeRole(node, iri, "target", mention.targets(), NKG.hasTargetMention, NKG.hasTarget);
    writeRole(node, iri, "place", mention.places(), NKG.hasPlaceMention, SEM.hasPlace);
    Node source = writeSource(node, iri, mention.source());
    writeDate(node, mention.date());
    writeQuantities(node, iri, mention.quantities(), source);
  }

  private void writeCore(Node node, EventMention mention, String eventIri) {
    sink.types(node, NKG.EventMention, NIF.String);
    sink.add(node, NIF.referenceContext, doc);
    sink.add(node, PROVO.wasDerivedFrom, doc);
    participants.writeSpan(node, mention.evidence());
    sink.add(node, NIF.anchorOf, text(participants.covered(mention.evidence(), "")));
    sink.add(node, NKG.mentionIndex, integer(mention.index()));
    sink.add(node, NKG.trigger, text(participants.covered(mention.trigger(), "")));
    sink.add(node, NKG.triggerBegin, integer(mention.trigger().begin()));
    sink.add(node, NKG.triggerEnd, integer(mention.trigger().end()));
    sink.add(node, NKG.mentionOf, iri(eventIri));
    sink.add(node, NKG.action, iri(Iris.action(mention.action())));
    Modality modality = mention.modality() == null ? Modality.ASSERTED : mention.modality();
    sink.add(node, NKG.modality, iri(NKG.NS + modality.id()));
    sink.add(node, NKG.confidence, decimal(mention.confidence(), 3));
  }

  private void writeRole(Node node, String mentionIri, String role, List<Participant> members,
      Property viaMention, Property viaEntity) {
    for (int rank = 0; rank < members.size(); rank++) {
      String iri = Iris.participant(mentionIri, role, rank);
      Node entity = participants.write(iri, members.get(rank), rank, "actor".equals(role));
      sink.add(node, viaMention, iri(iri));
      sink.add(node, viaEntity, entity);
    }
  }

  /** Writes the source and returns its agent, or null when the mention has none. */
  private Node writeSource(Node node, String mentionIri, Participant source) {
    if (source == null) {
      return null;
    }
    String iri = Iris.source(mentionIri);
    Node agent = participants.write(iri, source, 0, true);
    sink.add(node, NKG.hasSourceMention, iri(iri));
    sink.add(node, SEM.accordingTo, agent);
    sink.add(node, PROVO.wasAttributedTo, agent);
    return agent;
  }

  private void writeDate(Node node, EventDate date) {
    if (date == null) {
      return;
    }
    sink.add(node, NKG.dateValue, text(date.value()));
    sink.add(node, NKG.datePrecision, iri(NKG.NS + date.precision().id()));
    sink.add(node, NKG.dateFromPublished, bool(date.fromPublished()));
    DateBounds.of(date.value()).ifPresent(bounds -> {
      writeBounds(node, bounds);
      writeTime(node, date, bounds);
    });
  }

  private void writeBounds(Node node, DateBounds bounds) {
    sink.add(node, SEM.hasEarliestBeginTimeStamp, date(bounds.earliest()));
    sink.add(node, SEM.hasLatestEndTimeStamp, date(bounds.latest()));
  }

  /** SEM's time node: the date as read, shared by every mention that reads the same date. */
  private void writeTime(Node mention, EventDate date, DateBounds bounds) {
    Node time = iri(Iris.time(date.value()));
    sink.add(mention, SEM.hasTime, time);
    sink.types(time, SEM.Time);
    sink.add(time, RDFS.label, text(date.value()));
    sink.add(time, NKG.datePrecision, iri(NKG.NS + date.precision().id()));
    writeBounds(time, bounds);
  }

  private void writeQuantities(Node node, String mentionIri, List<Quantity> quantities, Node source) {
    for (int rank = 0; rank < quantities.size(); rank++) {
      Node quantity = iri(Iris.quantity(mentionIri, rank));
      sink.add(node, NKG.hasQuantity, quantity);
      writeQuantity(quantity, quantities.get(rank));
      attribute(quantity, source);
    }
  }

  /** A figure is derived from its document and attributed to the mention's source, if any. */
  private void attribute(Node quantity, Node source) {
    sink.add(quantity, PROVO.wasDerivedFrom, doc);
    if (source != null) {
      sink.add(quantity, PROVO.wasAttributedTo, source);
    }
  }

  private void writeQuantity(Node node, Quantity quantity) {
    sink.types(node, NKG.Quantity);
    sink.add(node, NKG.quantityValue, decimal(quantity.value(), 3));
    sink.addIfPresent(node, NKG.counts, quantity.counts());
    sink.addIfPresent(node, NKG.qualifier, quantity.qualifier());
    sink.add(node, NIF.referenceContext, doc);
    participants.writeSpan(node, quantity.span());
    sink.add(node, NIF.anchorOf, text(participants.covered(quantity.span(), "")));
  }
}
