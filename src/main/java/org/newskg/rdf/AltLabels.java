package org.newskg.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses the alternative names written as {@code skos:altLabel}: Latin-script names other than
 * the label, each once, at most {@link #MAX} of them, so that a country with a hundred exonyms
 * does not swell every document graph that names it.
 */
final class AltLabels {
  static final int MAX = 20;

  private AltLabels() {}

  /** The first {@link #MAX} distinct Latin-script names that differ from the label, in input order. */
  static List<String> bounded(String label, List<String> names) {
    Set<String> seen = new HashSet<>(Set.of(fold(label == null ? "" : label)));
    List<String> chosen = new ArrayList<>();
    for (String name : names) {
      String trimmed = name.strip();
      if (chosen.size() < MAX && isLatin(trimmed) && seen.add(fold(trimmed))) {
        chosen.add(trimmed);
      }
    }
    return chosen;
  }

  private static boolean isLatin(String name) {
    return name.codePoints().anyMatch(Character::isLetter)
        && name.codePoints().filter(Character::isLetter)
            .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }

  private static String fold(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
