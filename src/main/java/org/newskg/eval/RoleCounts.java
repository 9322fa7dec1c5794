package org.newskg.eval;

import java.util.List;

/**
 * score.py's {@code role_prf} for one pair: system values that match some gold participant,
 * all system values, gold participants matched by some system value, all gold participants.
 */
record RoleCounts(int systemMatched, int systemTotal, int goldMatched, int goldTotal) {
  static final RoleCounts ZERO = new RoleCounts(0, 0, 0, 0);

  static RoleCounts of(List<List<String>> systemValues, List<List<String>> goldParticipants) {
    int sp = (int) systemValues.stream().filter(sv -> anyMatch(sv, goldParticipants)).count();
    int gr = (int) goldParticipants.stream()
        .filter(g -> systemValues.stream().anyMatch(sv -> anyMatch(sv, List.of(g))))
        .count();
    return new RoleCounts(sp, systemValues.size(), gr, goldParticipants.size());
  }

  private static boolean anyMatch(List<String> names, List<List<String>> participants) {
    return names.stream().anyMatch(x -> participants.stream().anyMatch(g -> NameMatcher.matches(x, g)));
  }

  RoleCounts plus(RoleCounts o) {
    return new RoleCounts(systemMatched + o.systemMatched, systemTotal + o.systemTotal,
        goldMatched + o.goldMatched, goldTotal + o.goldTotal);
  }

  boolean allGoldMatched() {
    return goldMatched == goldTotal;
  }

  double f1() {
    double p = systemTotal == 0 ? 0.0 : (double) systemMatched / systemTotal;
    double r = goldTotal == 0 ? 0.0 : (double) goldMatched / goldTotal;
    return GoldScorer.f1(p, r);
  }
}
