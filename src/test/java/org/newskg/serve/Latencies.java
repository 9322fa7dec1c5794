package org.newskg.serve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Response times of one kind of request, in milliseconds, with their percentiles. */
final class Latencies {
  private final List<Double> millis = new ArrayList<>();
  private int failed;

  synchronized void add(double ms, boolean ok) {
    millis.add(ms);
    if (!ok) {
      failed++;
    }
  }

  synchronized int count() {
    return millis.size();
  }

  synchronized int failed() {
    return failed;
  }

  /** The nearest-rank percentile (50 = median). */
  synchronized double percentile(double p) {
    if (millis.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  /** "p50 / p95" in milliseconds, or seconds above ten seconds. */
  String p50p95() {
    return format(percentile(50)) + " / " + format(percentile(95));
  }

  static String format(double ms) {
    return ms >= 10_000 ? String.format("%.0f s", ms / 1000) : String.format("%.0f", ms);
  }
}
