package org.newskg.store;

import java.util.List;

/**
 * What a load did: document graphs loaded (new or replacing another version), skipped because
 * their fingerprint was already stored, quads written, and graphs left out with the reason.
 */
public record LoadReport(int loaded, int replaced, int unchanged, long quads, List<String> problems) {

  public LoadReport {
    problems = List.copyOf(problems);
  }

  public boolean clean() {
    return problems.isEmpty();
  }
}
