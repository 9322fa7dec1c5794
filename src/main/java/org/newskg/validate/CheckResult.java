package org.newskg.validate;

import java.util.List;
import java.util.Map;

/** What one check query found: each row is one violation, as variable name to value. */
public record CheckResult(String name, String title, List<Map<String, String>> rows) {

  public CheckResult {
    rows = List.copyOf(rows);
  }

  public boolean passed() {
    return rows.isEmpty();
  }
}
