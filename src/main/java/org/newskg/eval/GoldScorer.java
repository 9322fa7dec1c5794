package org.newskg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.newskg.ingest.Span;

/**
 * Scores system event mentions against gold by the rules of the gold README, giving exactly the
 * figures of the reference {@code score.py} on the same input — same matching order, name
 * normalisation, date rules and empty-set conventions.
 */
public final class GoldScorer {

  /** A matched system mention and gold mention. */
  private record Pair(SystemEvent system, GoldMention gold) {}

  /** A possible match: its overlap in characters and the two indexes. */
  private record Candidate(long overlap, int systemIndex, int goldIndex) {}

  // Python sorts the (overlap, system index, gold index) tuples in reverse: every key descending.
  private static final Comparator<Candidate> BEST_FIRST = Comparator
      .comparingLong(Candidate::overlap)
      .thenComparingInt(Candidate::systemIndex)
      .thenComparingInt(Candidate::goldIndex)
      .reversed();

  /**
   * Scores {@code system} against {@code gold}. {@code texts} maps every gold document id to its
   * text; {@code onlyActions}, when neither null nor empty, restricts both sides to those action
   * ids. Throws {@link EvalInputException} when a gold text is missing or a gold evidence is not
   * in it.
   */
  public Scores score(List<GoldMention> gold, Map<String, String> texts, List<SystemEvent> system,
      Set<String> onlyActions) {
    boolean filter = onlyActions != null && !onlyActions.isEmpty();
    List<Span> spans = gold.stream().map(g -> locate(g, texts)).toList();
    Set<String> docs = new HashSet<>(gold.stream().map(GoldMention::doc).toList());
    Predicate<String> wanted = action -> !filter || action != null && onlyActions.contains(action);
    List<SystemEvent> sys = system.stream()
        .filter(s -> docs.contains(s.doc()) && wanted.test(s.action())).toList();
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      if (!filter || wanted.test(gold.get(i).action())) {
        kept.add(i);
      }
    }
    List<GoldMention> g = kept.stream().map(gold::get).toList();
    return measures(match(sys, g, kept.stream().map(spans::get).toList()), sys.size(), g.size());
  }

  private static Span locate(GoldMention g, Map<String, String> texts) {
    String text = texts.get(g.doc());
    if (text == null) {
      throw new EvalInputException("no text for gold document: " + g.doc());
    }
    Span span = EvidenceLocator.locate(text, g.evidence());
    if (span == null) {
      throw new EvalInputException("gold evidence not found: " + g.id());
    }
    return span;
  }

  /** Greedy one-to-one matching, largest overlap first. */
  private static List<Pair> match(List<SystemEvent> system, List<GoldMention> gold, List<Span> spans) {
    List<Candidate> candidates = candidates(system, gold, spans);
    candidates.sort(BEST_FIRST);
    Set<Integer> usedSystem = new HashSet<>();
    Set<Integer> usedGold = new HashSet<>();
    List<Pair> pairs = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!usedSystem.contains(c.systemIndex()) && !usedGold.contains(c.goldIndex())) {
        usedSystem.add(c.systemIndex());
        usedGold.add(c.goldIndex());
        pairs.add(new Pair(system.get(c.systemIndex()), gold.get(c.goldIndex())));
      }
    }
    return pairs;
  }

  private static List<Candidate> candidates(List<SystemEvent> system, List<GoldMention> gold, List<Span> spans) {
    List<Candidate> candidates = new ArrayList<>();
    for (int si = 0; si < system.size(); si++) {
      SystemEvent s = system.get(si);
      for (int gi = 0; gi < gold.size(); gi++) {
        GoldMention g = gold.get(gi);
        if (!s.doc().equals(g.doc()) || !Objects.equals(s.action(), g.action())) {
          continue;
        }
        long overlap = (long) Math.min(s.end(), spans.get(gi).end()) - Math.max(s.begin(), spans.get(gi).begin());
        if (overlap > 0) {
          candidates.add(new Candidate(overlap, si, gi));
        }
      }
    }
    return candidates;
  }

  private static Scores measures(List<Pair> pairs, int systemCount, int goldCount) {
    int m = pairs.size();
    double p = systemCount == 0 ? 0.0 : (double) m / systemCount;
    double r = goldCount == 0 ? 0.0 : (double) m / goldCount;
    return new Scores(goldCount, systemCount, m, p, r, f1(p, r),
        role(pairs, SystemEvent::actors, GoldMention::actor),
        role(pairs, SystemEvent::targets, GoldMention::target),
        role(pairs, SystemEvent::places, GoldMention::place),
        dateAccuracy(pairs), sourceAccuracy(pairs), modalityAccuracy(pairs),
        tupleF1(pairs, systemCount, goldCount));
  }

  static double f1(double p, double r) {
    return p + r != 0 ? 2 * p * r / (p + r) : 0.0;
  }

  private static double role(List<Pair> pairs, Function<SystemEvent, List<NameRef>> sys,
      Function<GoldMention, List<List<String>>> gold) {
    return pairs.stream()
        .map(pr -> RoleCounts.of(values(sys.apply(pr.system())), gold.apply(pr.gold())))
        .reduce(RoleCounts.ZERO, RoleCounts::plus)
        .f1();
  }

  private static List<List<String>> values(List<NameRef> refs) {
    return refs.stream().map(NameRef::names).toList();
  }

  private static Double dateAccuracy(List<Pair> pairs) {
    return accuracy(pairs, pr -> present(pr.gold().date()),
        pr -> GoldDates.matches(pr.system().date(), pr.gold().date()));
  }

  private static Double sourceAccuracy(List<Pair> pairs) {
    return accuracy(pairs, pr -> pr.gold().sourceGiven() && pr.gold().modality() != null,
        GoldScorer::sourceRight);
  }

  private static boolean sourceRight(Pair pr) {
    NameRef source = pr.system().source();
    List<String> gold = pr.gold().source();
    if (gold == null) {
      return source == null;
    }
    return source != null && source.names().stream().anyMatch(x -> NameMatcher.matches(x, gold));
  }

  private static Double modalityAccuracy(List<Pair> pairs) {
    return accuracy(pairs, pr -> present(pr.gold().modality()),
        pr -> modality(pr.system()).equals(pr.gold().modality()));
  }

  private static String modality(SystemEvent s) {
    return present(s.modality()) ? s.modality() : "asserted";
  }

  /** The share of the pairs that {@code counts} which are {@code right}; null when none counts. */
  private static Double accuracy(List<Pair> pairs, Predicate<Pair> counts, Predicate<Pair> right) {
    List<Pair> counted = pairs.stream().filter(counts).toList();
    long ok = counted.stream().filter(right).count();
    return counted.isEmpty() ? null : (double) ok / counted.size();
  }

  private static double tupleF1(List<Pair> pairs, int systemCount, int goldCount) {
    long full = pairs.stream().filter(GoldScorer::tupleRight).count();
    return f1(systemCount == 0 ? 0.0 : (double) full / systemCount,
        goldCount == 0 ? 0.0 : (double) full / goldCount);
  }

  private static boolean tupleRight(Pair pr) {
    GoldMention g = pr.gold();
    return allFound(pr.system().actors(), g.actor())
        && allFound(pr.system().places(), g.place())
        && (!present(g.date()) || GoldDates.matches(pr.system().date(), g.date()));
  }

  private static boolean allFound(List<NameRef> system, List<List<String>> gold) {
    return gold.isEmpty() || RoleCounts.of(values(system), gold).allGoldMatched();
  }

  private static boolean present(String s) {
    return s != null && !s.isEmpty();
  }
}
