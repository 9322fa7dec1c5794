package org.newskg.rdf;

import static org.newskg.rdf.TripleSink.integer;
import static org.newskg.rdf.TripleSink.iri;
import static org.newskg.rdf.TripleSink.text;

import org.apache.jena.graph.Node;
import org.newskg.extract.Participant;
import org.newskg.ingest.Span;

/** Writes a participant mention (the words) and the entity it refers to (the thing). */
final class ParticipantTriples {
  private final TripleSink sink;
  private final EntityTriples entities;
  private final Node doc;
  private final String text;

  ParticipantTriples(TripleSink sink, Node doc, String text) {
    this.sink = sink;
    this.entities = new EntityTriples(sink);
    this.doc = doc;
    this.text = text;
  }

  /** Writes the participant mention at {@code iri} and returns the node of its entity. */
  Node write(String iri, Participant participant, int rank, boolean agent) {
    Node mention = iri(iri);
    Node entity = entities.write(EntityTriples.entityOf(participant), agent);
    sink.types(mention, NKG.ParticipantMention);
    sink.add(mention, NIF.referenceContext, doc);
    sink.add(mention, NKG.refersTo, entity);
    sink.add(mention, NKG.rank, integer(rank));
    sink.add(mention, NIF.anchorOf, text(anchor(participant)));
    writeSpan(mention, participant.span());
    return entity;
  }

  void writeSpan(Node node, Span span) {
    if (span != null) {
      sink.add(node, NIF.beginIndex, integer(span.begin()));
      sink.add(node, NIF.endIndex, integer(span.end()));
    }
  }

  /** The text at the span when it lies inside the document (the shapes check that it does). */
  String covered(Span span, String fallback) {
    return span != null && span.end() <= text.length() ? span.of(text) : fallback;
  }

  private String anchor(Participant participant) {
    return covered(participant.span(), participant.mention());
  }
}
