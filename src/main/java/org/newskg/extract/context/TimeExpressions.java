package org.newskg.extract.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.newskg.nlp.Token;

/**
 * The time expressions of one sentence as SUTime marks them (runs of DATE/TIME tokens sharing a
 * normalised value), with day ranges ("3–5 June", "from 1 May to 3 June") joined into intervals.
 */
final class TimeExpressions {

  private final SentenceGraph graph;

  TimeExpressions(SentenceGraph graph) {
    this.graph = graph;
  }

  /** Expressions in text order; their values may still lack a year. */
  List<TimeMention> find() {
    List<TimeMention> found = new ArrayList<>();
    List<Token> tokens = graph.sentence().tokens();
    int i = 0;
    while (i < tokens.size()) {
      int end = runEnd(tokens, i);
      Optional<TimeValue> value = end > i ? TimeValue.parse(tokens.get(i).normalized()) : Optional.empty();
      if (value.isPresent()) {
        add(found, mention(i + 1, end, value.get()));
      }
      i = Math.max(end, i + 1);
    }
    return found;
  }

  /** Exclusive end (0-based) of the run of time tokens starting at {@code start}; {@code start} when none. */
  private static int runEnd(List<Token> tokens, int start) {
    Token first = tokens.get(start);
    if (!isTime(first)) {
      return start;
    }
    int end = start + 1;
    while (end < tokens.size() && isTime(tokens.get(end))
        && Objects.equals(tokens.get(end).normalized(), first.normalized())) {
      end++;
    }
    return end;
  }

  private static boolean isTime(Token token) {
    return (token.ner().equals("DATE") || token.ner().equals("TIME")) && token.normalized() != null
        && !isLowerCaseMonthHomograph(token);
  }

  /** "the march", "may": edited text capitalises months, so a lower-case "march" is a walk, "may" a modal. */
  static boolean isLowerCaseMonthHomograph(Token token) {
    return token.word().equals("march") || token.word().equals("may");
  }

  private void add(List<TimeMention> found, TimeMention next) {
    TimeMention previous = found.isEmpty() ? null : found.get(found.size() - 1);
    if (previous != null && joinsAsRange(previous, next)) {
      found.set(found.size() - 1, range(previous, next));
    } else {
      found.add(withDayRange(next));
    }
  }

  private boolean joinsAsRange(TimeMention previous, TimeMention next) {
    return next.first() - previous.last() == 2 && DocumentTimes.isRangeConnector(graph.token(previous.last() + 1));
  }

  private TimeMention range(TimeMention from, TimeMention to) {
    PartialDate start = from.value().start();
    PartialDate end = to.value().end();
    if (!start.hasYear() && end.hasYear()) {
      start = start.withYear(end.year());
    }
    return new TimeMention(to.sentence(), to.head(), from.first(), to.last(), from.begin(), from.preposition(),
        new TimeValue(start, end));
  }

  /** "3–5 June": a bare day number and a connector before a day date make a range in that month. */
  private TimeMention withDayRange(TimeMention m) {
    PartialDate date = m.value().start();
    if (!m.value().isPoint() || date.day() == null || m.first() < 3
        || !DocumentTimes.isRangeConnector(graph.token(m.first() - 1))) {
      return m;
    }
    Token day = graph.token(m.first() - 2);
    if (!day.word().matches("\\d{1,2}") || Integer.parseInt(day.word()) >= date.day()) {
      return m;
    }
    return new TimeMention(m.sentence(), m.head(), day.index(), m.last(), day.begin(), m.preposition(),
        new TimeValue(date.withDay(Integer.parseInt(day.word())), date));
  }

  private TimeMention mention(int first, int last, TimeValue value) {
    int head = headOf(first, last);
    return new TimeMention(graph.sentence().index(), head, first, last, graph.token(first).begin(),
        prepositionOf(head), value);
  }

  private int headOf(int first, int last) {
    for (int i = first; i <= last; i++) {
      int governor = graph.governor(i);
      if (governor < first || governor > last) {
        return i;
      }
    }
    return last;
  }

  private String prepositionOf(int head) {
    return graph.children(head, "case").stream().map(t -> t.word().toLowerCase(Locale.ROOT))
        .reduce((a, b) -> a + "_" + b).orElse("");
  }
}
