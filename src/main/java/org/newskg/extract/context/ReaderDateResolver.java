package org.newskg.extract.context;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.DateResolver;
import org.newskg.extract.EventDate;
import org.newskg.extract.TextLayout;
import org.newskg.extract.TriggerContext;
import org.newskg.ingest.Span;
import java.util.Locale;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Token;

/**
 * Dates a trigger the way a reader does: an infobox line takes the infobox's date; else the time
 * expression of the trigger's clause (or of the clauses governing it); else the latest date stated
 * before it in the same paragraph, or in the same section under a heading; else the date the
 * document is about (its infobox); else the day of a wire report's dateline; else the day before
 * the published date, marked as a fallback.
 */
public final class ReaderDateResolver implements DateResolver {

  /** Relations that lead into another clause, whose times are not the trigger's. */
  private static final String[] OTHER_CLAUSES = {"acl", "advcl", "ccomp", "xcomp", "parataxis", "conj", "csubj", "dep"};
  /** Relations above which a clause's time no longer applies to the trigger. */
  private static final String[] TIME_BARRIERS = {"acl:relcl", "parataxis"};

  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "its", "their", "his", "her");
  private static final String[] EVENT_ANCHORS = {"obl:during", "obl:amid", "obl:throughout"};

  private final int fallbackDaysBeforePublished;

  /** News reports mostly tell of the day before publication: the fallback is that day. */
  public ReaderDateResolver() {
    this(1);
  }

  /** @param fallbackDaysBeforePublished how many days before the published date an undated event is put */
  public ReaderDateResolver(int fallbackDaysBeforePublished) {
    this.fallbackDaysBeforePublished = fallbackDaysBeforePublished;
  }

  @Override
  public EventDate dateOf(TriggerContext context) {
    DocumentContext doc = DocumentContext.of(context.document());
    int offset = context.trigger().begin();
    SentenceGraph graph = doc.graph(context.sentence().index());
    Optional<Span> quote = doc.quotations().enclosing(offset).filter(q -> Quotations.isSpeech(doc.document().document().text(), q));
    boolean ownTimeOnly = quote.filter(q -> !Clauses.isPresent(graph, context.trigger().index())).isPresent()
        || refersBack(graph, context.trigger().index());
    Optional<TimeValue> stated = doc.layout().infoboxDateAt(offset).flatMap(span -> timeIn(doc, span))
        .or(() -> clauseTime(graph, doc, context.trigger().index(), quote))
        .or(() -> ownTimeOnly ? Optional.empty() : carriedOver(doc, context.sentence().index(), offset))
        .or(() -> doc.layout().documentInfoboxDate().flatMap(span -> timeIn(doc, span)))
        .or(() -> datelineDay(doc));
    return stated.map(v -> v.toEventDate(false)).orElseGet(() -> publishedFallback(doc));
  }

  /** A wire report tells of the day its dateline names: its undated events happened that day. */
  private static Optional<TimeValue> datelineDay(DocumentContext doc) {
    return doc.layout().dateline().flatMap(d -> d.dayIn(doc.document().document().metadata().published()))
        .map(day -> TimeValue.point(PartialDate.of(day)));
  }

  private EventDate publishedFallback(DocumentContext doc) {
    LocalDate published = doc.document().document().metadata().published();
    if (published == null) {
      return null;
    }
    return TimeValue.point(PartialDate.of(published.minusDays(fallbackDaysBeforePublished))).toEventDate(true);
  }

  private static Optional<TimeValue> timeIn(DocumentContext doc, Span span) {
    return doc.times().mentions().stream().filter(m -> span.begin() <= m.begin() && m.begin() < span.end())
        .findFirst().map(TimeMention::value);
  }

  /** The time of the trigger's clause or of the clauses above it, nearest first; conjuncts' last. */
  static Optional<TimeValue> clauseTime(SentenceGraph graph, DocumentContext doc, int trigger, Optional<Span> quote) {
    // Inside direct speech, the time of the speech act is not the time of what is told.
    List<TimeMention> times = doc.times().mentions().stream()
        .filter(m -> m.sentence() == graph.sentence().index())
        .filter(m -> quote.isEmpty() || (quote.get().begin() <= m.begin() && m.begin() < quote.get().end())).toList();
    Set<Integer> path = new HashSet<>();
    Optional<TimeMention> own = alongPath(graph, times, trigger, path);
    if (own.isPresent()) {
      return own.map(TimeMention::value);
    }
    return path.stream().flatMap(n -> graph.children(n, "conj").stream())
        .map(c -> attached(graph, times, c.index())).flatMap(Optional::stream).findFirst().map(TimeMention::value);
  }

  /** Walks up from the trigger, collecting the nodes passed in {@code path}, until a clause states a time. */
  private static Optional<TimeMention> alongPath(SentenceGraph graph, List<TimeMention> times, int trigger, Set<Integer> path) {
    boolean localOnly = refersBack(graph, trigger);
    for (int node = trigger; node > 0 && path.add(node); node = graph.governor(node)) {
      int current = node;
      // "had held the port since May, and withdrew": a since-date dates its own clause's state only.
      List<TimeMention> candidates = node == trigger ? times : times.stream().filter(m -> !m.startsAState()).toList();
      Optional<TimeMention> own = containing(candidates, current).or(() -> attached(graph, candidates, current));
      if (own.isPresent()) {
        return own;
      }
      if (isBarrier(graph, node) && containing(times, graph.governor(node)).isEmpty()) {
        break;
      }
      // A known event named by a noun takes a time from its own clause only, not from a report of it.
      if (localOnly && node != trigger && Clauses.isVerb(graph.token(node))) {
        break;
      }
    }
    return Optional.empty();
  }

  /** Above a relative clause or a parenthetical, the governing clause's time is another event's. */
  private static boolean isBarrier(SentenceGraph graph, int node) {
    String relation = graph.relationToGovernor(node);
    return SentenceGraph.matches(relation, TIME_BARRIERS);
  }

  private static Optional<TimeMention> containing(List<TimeMention> times, int token) {
    return times.stream().filter(m -> m.first() <= token && token <= m.last()).findFirst();
  }

  /** The nearest time expression in this token's own clause (breadth first, not entering other clauses). */
  private static Optional<TimeMention> attached(SentenceGraph graph, List<TimeMention> times, int node) {
    Deque<Integer> queue = new ArrayDeque<>(List.of(node));
    Set<Integer> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      int current = queue.poll();
      if (!seen.add(current)) {
        continue;
      }
      Optional<TimeMention> found = times.stream().filter(m -> m.head() == current)
          .filter(m -> datesClause(graph, m, node)).findFirst();
      if (found.isPresent() && current != node) {
        return found;
      }
      graph.children(current).stream().filter(d -> !SentenceGraph.matches(d.relation(), OTHER_CLAUSES))
          .map(Dependency::dependent).forEach(queue::add);
    }
    return Optional.empty();
  }

  /**
   * Whether the trigger is dated by another event rather than by the sentences before it: a
   * definite event noun ("the withdrawal", "its retreat") names the event the text is about, and
   * "during the withdrawal" anchors a clause to it.
   */
  static boolean refersBack(SentenceGraph graph, int trigger) {
    Token token = graph.token(trigger);
    boolean definiteNoun = token.pos().startsWith("NN")
        && graph.children(trigger, "det", "nmod:poss").stream().anyMatch(d -> DEFINITE.contains(d.lemma().toLowerCase(Locale.ROOT)) || d.pos().startsWith("PRP") || d.pos().equals("POS") || graph.relationToGovernor(d.index()).equals("nmod:poss"));
    int head = Clauses.clauseHead(graph, trigger);
    boolean anchored = graph.children(head).stream().anyMatch(d -> SentenceGraph.matches(d.relation(), EVENT_ANCHORS));
    return definiteNoun || anchored;
  }

  /** A date modifying a noun ("the 2022 elections") dates that noun only, not the clause around it. */
  private static boolean datesClause(SentenceGraph graph, TimeMention m, int node) {
    String relation = graph.relationToGovernor(m.head());
    return graph.governor(m.head()) == node || !SentenceGraph.matches(relation, "nummod", "compound", "amod", "nmod:poss");
  }

  /**
   * The latest date stated before the trigger in its paragraph, or in its section when it has a
   * heading. A "since" date starts a state that lasts until the time of writing, so it does not
   * become the time of the events told after it. Speech in the present tense ("we are now
   * evacuating", she said on Monday) is dated by this too: its time is the time of the report.
   */
  private static Optional<TimeValue> carriedOver(DocumentContext doc, int sentence, int offset) {
    TextLayout layout = doc.layout();
    TimeMention latest = null;
    for (TimeMention m : doc.times().mentions()) {
      if (m.isBefore(sentence, offset) && layout.sameScope(m.begin(), offset) && layout.infoboxDateAt(m.begin()).isEmpty()
          && !m.startsAState()) {
        latest = m;
      }
    }
    return Optional.ofNullable(latest).map(TimeMention::value);
  }
}
