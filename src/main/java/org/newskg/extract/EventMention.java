package org.newskg.extract;

import java.util.List;
import org.newskg.ingest.Span;

/**
 * One mention of an event in one document. {@code index} numbers the document's mentions in text
 * order; {@code action} is an id of the action vocabulary; {@code evidence} is the clause or
 * sentence holding the {@code trigger}; {@code date} and {@code source} may be null (the text does
 * not tell / the document speaks in its own voice); {@code eventKey} names the real-world event
 * this mention refers to once linked (null before).
 */
public record EventMention(
    String docId,
    int index,
    String action,
    Span trigger,
    Span evidence,
    List<Participant> actors,
    List<Participant> targets,
    List<Participant> places,
    EventDate date,
    Participant source,
    Modality modality,
    double confidence,
    List<Quantity> quantities,
    String eventKey) {

  public EventMention {
    actors = List.copyOf(actors);
    targets = List.copyOf(targets);
    places = List.copyOf(places);
    quantities = List.copyOf(quantities);
  }

  public EventMention withParticipants(
      List<Participant> newActors, List<Participant> newTargets, List<Participant> newPlaces, Participant newSource) {
    return new EventMention(docId, index, action, trigger, evidence, newActors, newTargets, newPlaces,
        date, newSource, modality, confidence, quantities, eventKey);
  }

  public EventMention withEventKey(String key) {
    return new EventMention(docId, index, action, trigger, evidence, actors, targets, places,
        date, source, modality, confidence, quantities, key);
  }
}
