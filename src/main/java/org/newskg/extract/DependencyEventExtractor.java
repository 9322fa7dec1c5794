package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.newskg.ingest.Span;
import org.newskg.nlp.AnnotatedDocument;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * {@link EventExtractor} reading events off the dependency parse: lexicon triggers (verbs and
 * event nouns, seeds expanded through WordNet) whose arguments come from the clause structure,
 * plus the outcome line of infoboxes. Dates, sources, modality and quantities are delegated.
 */
public final class DependencyEventExtractor implements EventExtractor {

  private static final Set<String> DEFINITE = Words.of("definite-determiner");

  private final TriggerMatcher matcher;
  private final Participants participants;
  private final NounClasses nouns;
  private final ClauseContext context;
  private final InfoboxEvents infoboxes;
  private final SentencePlace sentencePlace;

  DependencyEventExtractor(TriggerLexicon lexicon, NounClasses nouns, ClauseContext context) {
    RoleFinder roles = new RoleFinder(nouns);
    this.matcher = new TriggerMatcher(lexicon, roles, new ArgumentConditions(nouns));
    this.participants = new Participants(nouns);
    this.nouns = nouns;
    this.context = context;
    this.infoboxes = new InfoboxEvents(lexicon, matcher, participants, context);
    this.sentencePlace = new SentencePlace(nouns);
  }

  /** The full extractor: seeds, curated triggers and WordNet (loads WordNet, about 3–5 s; build one per process). */
  public static DependencyEventExtractor create(
      DateResolver dates, SourceAttributor sources, ModalityDetector modality, QuantityFinder quantities) {
    return create(dates, sources, modality, quantities, name -> false);
  }

  /**
   * The full extractor, told which names are known administrative divisions ("X Oblast", which NER
   * often tags as an organisation); the test is asked only for such organisation names.
   */
  public static DependencyEventExtractor create(DateResolver dates, SourceAttributor sources,
      ModalityDetector modality, QuantityFinder quantities, Predicate<String> knownDivision) {
    WordNetLexicon wordNet = WordNetLexicon.load();
    return create(dates, sources, modality, quantities, knownDivision, wordNet, TriggerLexicon.withWordNet(wordNet));
  }

  /** The same, with WordNet and the trigger lexicon built by the caller (who shares them, e.g. to choose sentences to parse). */
  public static DependencyEventExtractor create(DateResolver dates, SourceAttributor sources, ModalityDetector modality,
      QuantityFinder quantities, Predicate<String> knownDivision, WordNetLexicon wordNet, TriggerLexicon lexicon) {
    return new DependencyEventExtractor(lexicon, new NounClasses(wordNet, knownDivision),
        new ClauseContext(dates, sources, modality, quantities));
  }

  @Override
  public List<EventMention> extract(AnnotatedDocument document) {
    TextLayout layout = TextLayout.of(document.document().text());
    List<EventMention> found = new ArrayList<>(infoboxes.extract(document, layout));
    SentenceFacts facts = new SentenceFacts();
    for (Sentence sentence : document.sentences()) {
      found.addAll(fromSentence(document, sentence, layout, facts));
    }
    found.sort(Comparator.comparingInt((EventMention m) -> m.trigger().begin()));
    List<EventMention> numbered = new ArrayList<>();
    for (EventMention m : DiscourseCarryOver.apply(found, document.document().text(), facts)) {
      numbered.add(renumber(m, numbered.size()));
    }
    return numbered;
  }

  private List<EventMention> fromSentence(
      AnnotatedDocument document, Sentence sentence, TextLayout layout, SentenceFacts facts) {
    ParseView parse = new ParseView(sentence);
    if (SentencePlace.namesPlace(sentence)) {
      facts.sentenceNamesPlace(new Span(sentence.begin(), sentence.end()));
    }
    List<TriggerMatch> matches = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      if (!layout.isMasked(token.begin())) {
        matcher.match(parse, token).ifPresent(matches::add);
      }
    }
    List<TriggerMatch> events = matches.stream().filter(m -> !isRestatement(parse, m, matches)).toList();
    events.stream().filter(m -> leavesDoerToDiscourse(parse, m))
        .forEach(m -> facts.triggerPointsBack(triggerSpan(m), !m.verb()));
    return NamedTwice.fold(parse, events, m -> mention(document, parse, m, layout));
  }

  /**
   * A mention that leaves its doer to the reader: a definite noun names an event already told
   * ("the withdrawal", "this attack"), a verb without a doer ("were withdrawn") one whose doer the
   * discourse gives.
   */
  private static boolean leavesDoerToDiscourse(ParseView parse, TriggerMatch m) {
    if (m.verb()) {
      return m.roles().doers().isEmpty();
    }
    return parse.dependents(m.head().index(), "det").stream()
        .anyMatch(d -> DEFINITE.contains(d.lemma().toLowerCase(Locale.ROOT)));
  }

  /**
   * One event named twice: a word that is part of another trigger's phrase ("reiterated ...
   * support"), or a verb coordinated with another verb of the same action ("withdrew and retreated").
   */
  private static boolean isRestatement(ParseView parse, TriggerMatch m, List<TriggerMatch> all) {
    for (TriggerMatch other : all) {
      if (other != m && other.entry().action().equals(m.entry().action())) {
        String relation = parse.relation(other.head().index(), m.head().index());
        // Coordinated nouns are events of their own ("the Assad offensive and Russian airstrikes").
        boolean coordinatedVerbs = m.verb() && relation != null && relation.startsWith("conj");
        if (other.parts().contains(m.head()) || coordinatedVerbs) {
          return true;
        }
      }
    }
    return false;
  }

  private EventMention mention(AnnotatedDocument document, ParseView parse, TriggerMatch m, TextLayout layout) {
    String text = document.document().text();
    List<Token> targets = new ArrayList<>();
    List<Token> places = new ArrayList<>(m.roles().places());
    List<Token> patients = new ArrayList<>(m.roles().patients());
    for (Token part : m.parts()) {
      // "take control of X", "regain control of X": the phrase's noun hands its complement on.
      patients.addAll(parse.dependents(part.index(), "nmod:of"));
    }
    if (patients.isEmpty()) {
      // "left behind their weapons": the parser made the particle a preposition of the object.
      patients.addAll(markedByParticle(parse, m));
    }
    for (Token patient : patients) {
      boolean place = isPlaceObject(parse, patient, m.entry().action());
      if (place) {
        places.add(0, patient);
      }
      if (!place || ActionProfiles.of(m.entry().action()).placeObjectIsTarget()) {
        targets.add(patient);
      }
    }
    if (places.isEmpty() && ActionProfiles.of(m.entry().action()).inheritsPlace()) {
      sentencePlace.nearest(parse, m.head()).ifPresent(places::add);
    }
    TriggerContext where = new TriggerContext(document, parse.sentence(), m.head());
    int at = m.head().index();
    return new EventMention(document.document().id(), 0, m.entry().action(), triggerSpan(m),
        Evidence.of(parse.sentence(), m.head(), layout), participants.of(parse, text, m.roles().doers(), at),
        participants.of(parse, text, targets, at), participants.of(parse, text, places, at), context.date(where),
        context.source(where), context.modality(where), Confidence.of(m), context.quantities(where), null);
  }

  /** The nouns a phrase's particle marks as their preposition, unless they are places of the event. */
  private static List<Token> markedByParticle(ParseView parse, TriggerMatch m) {
    return m.parts().stream().flatMap(p -> parse.heads(p.index()).stream()).filter(d -> d.relation().equals("case"))
        .map(d -> parse.token(d.governor())).filter(t -> !m.roles().places().contains(t)).toList();
  }

  /**
   * Whether what an event is done to is also where it happens: a named place ("shelled Kherson"),
   * or any place for actions on territory ("captured the city"); things moved, looted or
   * destroyed ("their administrative centre", "the monuments") are no place.
   */
  private boolean isPlaceObject(ParseView parse, Token patient, String action) {
    return nouns.isPlace(parse, patient)
        && (nouns.isNamedPlace(parse, patient) || ActionProfiles.of(action).placeObject() == ActionProfile.PlaceObject.ANY);
  }

  private static Span triggerSpan(TriggerMatch m) {
    int begin = m.head().begin();
    int end = m.head().end();
    for (Token part : m.parts()) {
      // Adjacent particles belong to the trigger ("blow up"); far ones ("take ... control") do not.
      if (Math.abs(part.index() - m.head().index()) <= 2) {
        begin = Math.min(begin, part.begin());
        end = Math.max(end, part.end());
      }
    }
    return new Span(begin, end);
  }

  private static EventMention renumber(EventMention m, int index) {
    return new EventMention(m.docId(), index, m.action(), m.trigger(), m.evidence(), m.actors(), m.targets(),
        m.places(), m.date(), m.source(), m.modality(), m.confidence(), m.quantities(), m.eventKey());
  }
}
