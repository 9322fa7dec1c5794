package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.ingest.Span;
import org.newskg.nlp.AnnotatedDocument;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Events stated by an infobox: its outcome or result line names an event ("Liberation of X"),
 * dated by the infobox's date field and placed at the places the line names and its location field.
 */
final class InfoboxEvents {

  private static final Set<String> OUTCOME_KEYS = Set.of("outcome", "result", "results");
  private static final Set<String> DATE_KEYS = Set.of("date", "dates");
  private static final Set<String> PLACE_KEYS = Set.of("location", "place");

  private final TriggerLexicon lexicon;
  private final TriggerMatcher matcher;
  private final Participants participants;
  private final ClauseContext context;

  InfoboxEvents(TriggerLexicon lexicon, TriggerMatcher matcher, Participants participants, ClauseContext context) {
    this.lexicon = lexicon;
    this.matcher = matcher;
    this.participants = participants;
    this.context = context;
  }

  List<EventMention> extract(AnnotatedDocument document, TextLayout layout) {
    List<EventMention> out = new ArrayList<>();
    for (Map<String, TextLayout.Field> infobox : layout.infoboxes()) {
      TextLayout.Field outcome = first(infobox, OUTCOME_KEYS);
      if (outcome != null) {
        List<Token> tokens = tokensIn(document, outcome.valueSpan());
        Optional<Trigger> trigger = argued(document, tokens).or(() -> bare(tokens));
        trigger.ifPresent(t -> out.add(mention(document, infobox, outcome, tokens, t)));
      }
    }
    return out;
  }

  /**
   * The first outcome word the parse makes an event with its arguments checked ("Russian capture
   * of X", "separatists retreat to Y"); its doers are the event's actors.
   */
  private Optional<Trigger> argued(AnnotatedDocument document, List<Token> tokens) {
    for (Sentence sentence : document.sentences()) {
      ParseView parse = new ParseView(sentence);
      for (Token t : sentence.tokens()) {
        Optional<TriggerMatch> m = tokens.contains(t) ? matcher.match(parse, t) : Optional.empty();
        if (m.isPresent()) {
          List<Participant> actors = participants.of(parse, document.document().text(), doers(parse, m.get()),
              t.index());
          List<Participant> places = participants.of(parse, document.document().text(), m.get().roles().places(),
              t.index());
          return Optional.of(new Trigger(t, m.get().entry().action(), actors, places));
        }
      }
    }
    return Optional.empty();
  }

  /** In a headline-like outcome ("rebels retreat"), a noun compounded before a noun trigger is its doer. */
  private static List<Token> doers(ParseView parse, TriggerMatch m) {
    if (!m.roles().doers().isEmpty() || m.verb()) {
      return m.roles().doers();
    }
    return parse.dependents(m.head().index(), "compound").stream().filter(t -> t.index() < m.head().index()).toList();
  }

  /** A noun phrase the parse left without structure ("Liberation of X"): the first plain lexicon word. */
  private Optional<Trigger> bare(List<Token> tokens) {
    return tokens.stream().flatMap(t -> entryFor(t).map(e -> new Trigger(t, e.action(), List.of(), List.of())).stream())
        .findFirst();
  }

  private Optional<TriggerEntry> entryFor(Token t) {
    return lexicon.candidates(t.lemma()).stream().filter(e -> !e.isPhrase() && e.condition().isEmpty()).findFirst();
  }

  private EventMention mention(AnnotatedDocument document, Map<String, TextLayout.Field> infobox,
      TextLayout.Field outcome, List<Token> tokens, Trigger found) {
    String text = document.document().text();
    Token trigger = found.token();
    List<Participant> places = new ArrayList<>(placeRuns(text, tokens));
    // "retreat to X": a place the parse gives that NER did not tag.
    found.places().stream().filter(p -> places.stream().noneMatch(q -> q.span().equals(p.span()))).forEach(places::add);
    TextLayout.Field location = first(infobox, PLACE_KEYS);
    if (location != null) {
      places.add(Participant.unresolved(location.value(), location.valueSpan(), EntityKind.PLACE));
    }
    TextLayout.Field dateField = first(infobox, DATE_KEYS);
    EventDate date = dateField == null ? null : InfoboxDate.parse(dateField.value());
    return new EventMention(document.document().id(), 0, found.action(),
        new Span(trigger.begin(), trigger.end()), outcome.valueSpan(), found.actors(), List.of(), places, date, null,
        Modality.ASSERTED, Confidence.infobox(), List.of(), null);
  }

  /** Runs of place-NER tokens ("Mykolaiv Oblast") as place participants. */
  private static List<Participant> placeRuns(String text, List<Token> tokens) {
    List<Participant> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (NounClasses.isPlaceNer(tokens.get(i))) {
        int j = i;
        while (j + 1 < tokens.size() && NounClasses.isPlaceNer(tokens.get(j + 1))) {
          j++;
        }
        Span span = new Span(tokens.get(i).begin(), tokens.get(j).end());
        out.add(Participant.unresolved(span.of(text), span, EntityKind.PLACE));
        i = j;
      }
      i++;
    }
    return out;
  }

  private static List<Token> tokensIn(AnnotatedDocument document, Span span) {
    List<Token> out = new ArrayList<>();
    int depth = 0;
    for (Sentence s : document.sentences()) {
      for (Token t : s.tokens()) {
        depth += t.word().equals("(") || t.word().equals("-LRB-") ? 1 : 0;
        // A parenthesis in an outcome line qualifies ("excluding X"); it names no event place.
        if (depth == 0 && span.begin() <= t.begin() && t.end() <= span.end()) {
          out.add(t);
        }
        depth -= (t.word().equals(")") || t.word().equals("-RRB-")) && depth > 0 ? 1 : 0;
      }
    }
    return out;
  }

  /** The outcome's event word, its action and the actors its parse gives. */
  private record Trigger(Token token, String action, List<Participant> actors, List<Participant> places) {}

  private static TextLayout.Field first(Map<String, TextLayout.Field> infobox, Set<String> keys) {
    return infobox.entrySet().stream().filter(e -> keys.contains(e.getKey())).map(Map.Entry::getValue)
        .findFirst().orElse(null);
  }
}
