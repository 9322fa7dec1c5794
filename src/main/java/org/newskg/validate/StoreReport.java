package org.newskg.validate;

import java.util.List;
import java.util.Map;

/** The result of re-checking a whole store: shape violations per document graph, and the checks. */
public record StoreReport(int graphs, Map<String, List<Violation>> violationsByGraph, List<CheckResult> checks) {

  public StoreReport {
    violationsByGraph = Map.copyOf(violationsByGraph);
    checks = List.copyOf(checks);
  }

  public boolean conforms() {
    return violationsByGraph.isEmpty() && checks.stream().allMatch(CheckResult::passed);
  }
}
