package org.newskg.rdf;

import static org.newskg.rdf.TripleSink.date;
import static org.newskg.rdf.TripleSink.iri;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.BinaryOperator;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.newskg.extract.EventMention;
import org.newskg.extract.Participant;

/**
 * Writes one real-world event as this document sees it: the action of its first mention (an
 * event has exactly one), the participants of all its mentions and the widest date bounds.
 */
final class EventTriples {
  private final TripleSink sink;

  EventTriples(TripleSink sink) {
    this.sink = sink;
  }

  /** The event key of a mention; an unlinked mention is an event of its own. */
  static String keyOf(EventMention mention) {
    return mention.eventKey() != null ? mention.eventKey() : mention.docId() + "-" + mention.index();
  }

  /** Writes the event of these mentions, which share one key and are in text order. */
  void write(String eventIri, List<EventMention> mentions) {
    Node event = iri(eventIri);
    sink.types(event, NKG.Event, SEM.Event);
    sink.add(event, NKG.action, iri(Iris.action(mentions.get(0).action())));
    for (EventMention mention : mentions) {
      link(event, SEM.hasActor, mention.actors());
      link(event, NKG.hasTarget, mention.targets());
      link(event, SEM.hasPlace, mention.places());
      linkTime(event, mention);
    }
    writeBounds(event, mentions);
  }

  private void link(Node event, Property property, List<Participant> participants) {
    for (Participant participant : participants) {
      sink.add(event, property, iri(EntityTriples.entityOf(participant).iri()));
    }
  }

  /** The event has every time its mentions read (the time nodes are written with the mentions). */
  private void linkTime(Node event, EventMention mention) {
    if (mention.date() != null && DateBounds.of(mention.date().value()).isPresent()) {
      sink.add(event, SEM.hasTime, iri(Iris.time(mention.date().value())));
    }
  }

  private void writeBounds(Node event, List<EventMention> mentions) {
    List<DateBounds> bounds = mentions.stream()
        .map(EventMention::date).filter(Objects::nonNull)
        .map(date -> DateBounds.of(date.value()).orElse(null)).filter(Objects::nonNull)
        .toList();
    if (!bounds.isEmpty()) {
      sink.add(event, SEM.hasEarliestBeginTimeStamp, date(pick(bounds, true)));
      sink.add(event, SEM.hasLatestEndTimeStamp, date(pick(bounds, false)));
    }
  }

  private static LocalDate pick(List<DateBounds> bounds, boolean earliest) {
    BinaryOperator<LocalDate> choose = earliest
        ? (a, b) -> a.isBefore(b) ? a : b
        : (a, b) -> a.isAfter(b) ? a : b;
    return bounds.stream().map(b -> earliest ? b.earliest() : b.latest()).reduce(choose).orElseThrow();
  }
}
