package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;

/** A participant or source as the events export gives it: a canonical label and the text's mention. */
public record NameRef(String label, String mention) {

  /** The names to match, in score.py's order: label then mention, empty ones left out. */
  public List<String> names() {
    List<String> names = new ArrayList<>(2);
    addIfPresent(names, label);
    addIfPresent(names, mention);
    return names;
  }

  private static void addIfPresent(List<String> names, String name) {
    if (name != null && !name.isEmpty()) {
      names.add(name);
    }
  }
}
