package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.extract.ActionProfiles;
import org.newskg.extract.EntityKind;
import org.newskg.extract.EventMention;
import org.newskg.extract.Participant;
import org.newskg.extract.SentencePlace;
import org.newskg.ingest.Span;
import org.newskg.nlp.Sentence;

/**
 * The place a document is about, as a reader takes it for every event whose sentence names no
 * place: the gazetteer place below country level that the document names most often (a
 * dateline or a headline place is named again and again), the earliest on a tie. Statements,
 * praise and criticism by distant speakers are not located there.
 */
final class TopicPlace {

  private final Participant topic;
  // The sentences that name a place of their own: their events never take the topic.
  private final List<Span> placedSentences;

  private TopicPlace(Participant topic, List<Span> placedSentences) {
    this.topic = topic;
    this.placedSentences = placedSentences;
  }

  // A place the event inherits rather than names is less sure.
  private static final double INHERITED = 0.9;

  /**
   * The topic among the document's named places: a sub-country place named at least twice and at
   * least twice as often as any other, so a story that moves between places has none.
   */
  static TopicPlace of(List<NamedSpan> spans, RoleResolution names, List<Sentence> sentences) {
    Map<String, List<Participant>> byPlace = new LinkedHashMap<>();
    for (NamedSpan span : spans) {
      names.place(span.text(), span.begin()).filter(a -> !a.place().isCountry()).ifPresent(a -> byPlace
          .computeIfAbsent(a.entity().iri(), k -> new ArrayList<>()).add(participant(span, a)));
    }
    List<List<Participant>> ranked = byPlace.values().stream()
        .sorted(Comparator.comparingInt((List<Participant> l) -> -l.size()).thenComparingInt(l -> l.get(0).span().begin()))
        .toList();
    boolean dominant = !ranked.isEmpty() && ranked.get(0).size() > 1
        && (ranked.size() == 1 || ranked.get(0).size() >= 2 * ranked.get(1).size());
    List<Span> placed = sentences.stream().filter(SentencePlace::namesPlace).map(s -> new Span(s.begin(), s.end()))
        .toList();
    return new TopicPlace(dominant ? ranked.get(0).get(0) : null, placed);
  }

  /** The mention, placed at the topic when it names no place of its own and is no statement. */
  EventMention placeIfUnplaced(EventMention mention) {
    if (topic == null || !mention.places().isEmpty() || !ActionProfiles.of(mention.action()).inheritsPlace()
        || namesPlace(mention)) {
      return mention;
    }
    EventMention placed = mention.withParticipants(mention.actors(), mention.targets(), List.of(topic), mention.source());
    return new EventMention(placed.docId(), placed.index(), placed.action(), placed.trigger(), placed.evidence(),
        placed.actors(), placed.targets(), placed.places(), placed.date(), placed.source(), placed.modality(),
        Math.round(placed.confidence() * INHERITED * 100) / 100.0, placed.quantities(), placed.eventKey());
  }

  private boolean namesPlace(EventMention mention) {
    int at = mention.trigger().begin();
    return placedSentences.stream().anyMatch(s -> s.begin() <= at && at < s.end());
  }

  private static Participant participant(NamedSpan span, Antecedent place) {
    return new Participant(span.text(), new Span(span.begin(), span.end()), EntityKind.PLACE, place.entity());
  }
}
