package org.newskg.extract.context;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newskg.extract.TextLayout;
import org.newskg.nlp.AnnotatedDocument;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Every date a document states, resolved as a reader would: ranges joined ("9–11 November"),
 * missing years taken from the latest dated expression before (else the published year),
 * weekdays and SUTime's future guesses moved to the past unless the clause speaks of the future.
 */
final class DocumentTimes {

  private static final Set<String> RANGE_CONNECTORS = Set.of("–", "-", "—", "to", "through", "until", "till", "and");
  private static final Set<String> BACKWARD = Set.of("last", "past", "previous");
  private static final Set<String> FORWARD = Set.of("next", "coming");
  private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  /**
   * News and histories of modern conflict speak of years in this range; a four-digit number
   * outside it ("1000 troops", "2500 shells") that SUTime read as a year is a count.
   */
  private static final int EARLIEST_YEAR = 1700;
  private static final int LATEST_YEAR = 2100;

  private static final String[] NOUN_MODIFIERS = {"nummod", "compound", "amod", "nmod:poss"};
  private static final String[] SUBORDINATE = {"acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"};

  private final LocalDate published;
  private final List<TimeMention> mentions = new ArrayList<>();
  private final List<SentenceGraph> graphs = new ArrayList<>();

  DocumentTimes(AnnotatedDocument document, TextLayout layout) {
    LocalDate issued = document.document().metadata() == null ? null : document.document().metadata().published();
    // A wire report's "on Saturday" counts from its dateline's day, which may precede publication.
    this.published = layout.dateline().flatMap(d -> d.dayIn(issued)).orElse(issued);
    List<TimeMention> raws = new ArrayList<>();
    for (Sentence sentence : document.sentences()) {
      SentenceGraph graph = new SentenceGraph(sentence);
      graphs.add(graph);
      raws.addAll(new TimeExpressions(graph).find());
    }
    Integer anchorYear = anchorYear(raws, layout);
    for (TimeMention raw : raws) {
      Integer year = yearInScope(layout, raw).orElse(anchorYear);
      TimeMention resolved = resolve(graphs.get(raw.sentence()), raw, year == null ? latestYear() : year);
      if (resolved != null && isPlausible(resolved.value())) {
        mentions.add(resolved);
      }
    }
  }

  /**
   * The year the document is about: its infobox date's, else its published year, else (a text
   * without metadata) the year it names most often.
   */
  private Integer anchorYear(List<TimeMention> raws, TextLayout layout) {
    return layout.documentInfoboxDate()
        .flatMap(span -> raws.stream().filter(m -> span.begin() <= m.begin() && m.begin() < span.end()).findFirst())
        .filter(m -> m.value().hasYear()).map(m -> m.value().end().year())
        .or(() -> Optional.ofNullable(published).map(LocalDate::getYear))
        .orElseGet(() -> mostNamedYear(raws));
  }

  private static Integer mostNamedYear(List<TimeMention> raws) {
    return raws.stream().map(TimeMention::value).filter(v -> v.hasYear() && isPlausible(v))
        .collect(Collectors.groupingBy(v -> v.end().year(), Collectors.counting()))
        .entrySet().stream().max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(null);
  }

  private static boolean isPlausible(TimeValue value) {
    return !value.hasYear() || (value.start().year() >= EARLIEST_YEAR && value.end().year() <= LATEST_YEAR);
  }

  /** The year of the latest dated expression before this one in its paragraph or section. */
  private Optional<Integer> yearInScope(TextLayout layout, TimeMention raw) {
    Integer year = null;
    for (TimeMention m : mentions) {
      if (layout.sameScope(m.begin(), raw.begin()) && setsTheYear(m)) {
        year = m.value().end().year();
      }
    }
    return Optional.ofNullable(year);
  }

  /**
   * A month or day sets the year for what follows, and so does a bare year that dates a clause
   * ("In 2014, …"); a year naming a noun ("the 2022 elections") does not.
   */
  private boolean setsTheYear(TimeMention m) {
    if (m.value().end().month() != null) {
      return true;
    }
    SentenceGraph graph = graphs.get(m.sentence());
    return !SentenceGraph.matches(graph.relationToGovernor(m.head()), NOUN_MODIFIERS) && inMainClause(graph, m.head());
  }

  /** Whether no clause boundary lies between this token and the root ("which it annexed in 2014" is background). */
  private static boolean inMainClause(SentenceGraph graph, int token) {
    for (int node = token, steps = 0; node > 0 && steps < 20; node = graph.governor(node), steps++) {
      if (graph.incoming(node).stream().anyMatch(e -> SentenceGraph.matches(e.relation(), SUBORDINATE))) {
        return false;
      }
    }
    return true;
  }

  private Integer latestYear() {
    return mentions.isEmpty() ? null : mentions.get(mentions.size() - 1).value().end().year();
  }

  List<TimeMention> mentions() {
    return mentions;
  }

  private TimeMention resolve(SentenceGraph graph, TimeMention raw, Integer contextYear) {
    TimeValue value = raw.value();
    // SUTime gives "in April" the published year; a reader takes the year the text is speaking of.
    if (contextYear != null && isCalendarDateWithoutYear(graph, raw)) {
      value = value.withYearOf(contextYear);
    }
    if (!value.hasYear()) {
      if (contextYear == null) {
        return null;
      }
      value = value.withYear(contextYear);
    }
    value = towardsTense(graph, raw, value);
    return new TimeMention(raw.sentence(), raw.head(), raw.first(), raw.last(), raw.begin(), raw.preposition(), value);
  }

  private TimeValue towardsTense(SentenceGraph graph, TimeMention raw, TimeValue value) {
    if (published == null) {
      return value;
    }
    boolean future = Clauses.isFuture(graph, raw.head());
    Optional<DayOfWeek> weekday = weekday(graph, raw);
    if (weekday.isPresent()) {
      return TimeValue.point(PartialDate.of(weekdayDate(weekday.get(), direction(graph, raw, future))));
    }
    boolean inferredYear = !hasWrittenYear(graph, raw);
    if (!future && inferredYear && value.start().month() != null && value.start().firstDay().isAfter(published)) {
      return value.minusOneYear();
    }
    return value;
  }

  private static Optional<DayOfWeek> weekday(SentenceGraph graph, TimeMention raw) {
    for (int i = raw.first(); i <= raw.last(); i++) {
      String word = graph.token(i).word().toUpperCase(Locale.ROOT);
      for (DayOfWeek day : DayOfWeek.values()) {
        if (day.name().equals(word)) {
          return Optional.of(day);
        }
      }
    }
    return Optional.empty();
  }

  /** -2 strictly before, -1 on or before, +1 on or after, +2 strictly after the published date. */
  private static int direction(SentenceGraph graph, TimeMention raw, boolean future) {
    for (int i = Math.max(1, raw.first() - 1); i <= raw.last(); i++) {
      String word = graph.token(i).word().toLowerCase(Locale.ROOT);
      if (BACKWARD.contains(word)) {
        return -2;
      }
      if (FORWARD.contains(word)) {
        return 2;
      }
    }
    return future ? 1 : -1;
  }

  private LocalDate weekdayDate(DayOfWeek day, int direction) {
    return switch (direction) {
      case -2 -> published.with(TemporalAdjusters.previous(day));
      case -1 -> published.with(TemporalAdjusters.previousOrSame(day));
      case 1 -> published.with(TemporalAdjusters.nextOrSame(day));
      default -> published.with(TemporalAdjusters.next(day));
    };
  }

  /** "14 September", "in April": a month named without a year and not relative to now ("last April"). */
  private static boolean isCalendarDateWithoutYear(SentenceGraph graph, TimeMention raw) {
    boolean month = false;
    for (int i = Math.max(1, raw.first() - 1); i <= raw.last(); i++) {
      String word = graph.token(i).word().toLowerCase(Locale.ROOT);
      if (BACKWARD.contains(word) || FORWARD.contains(word) || word.equals("this")) {
        return false;
      }
      month |= i >= raw.first() && MONTHS.contains(word.length() > 3 ? word.substring(0, 3) : word);
    }
    return month && !hasWrittenYear(graph, raw);
  }

  private static boolean hasWrittenYear(SentenceGraph graph, TimeMention raw) {
    for (int i = raw.first(); i <= raw.last(); i++) {
      if (graph.token(i).word().matches("\\d{4}|'\\d{2}")) {
        return true;
      }
    }
    return false;
  }

  static boolean isRangeConnector(Token token) {
    return RANGE_CONNECTORS.contains(token.word().toLowerCase(Locale.ROOT));
  }
}
