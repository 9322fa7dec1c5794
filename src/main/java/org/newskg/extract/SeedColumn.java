package org.newskg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the "typical triggers" column of {@code actions.tsv}. Items with a parenthesised hint
 * ("take (control of)", "capture (people)") name a condition on the arguments; they are left to
 * the curated lexicon, which states that condition explicitly. Every other item is a seed.
 */
final class SeedColumn {

  private static final Pattern NOMINAL = Pattern.compile("(tion|sion|al|ment|ure|ing|ance|ence)$");

  private SeedColumn() {}

  static List<TriggerEntry> entries(List<String[]> rows) {
    List<TriggerEntry> entries = new ArrayList<>();
    for (String[] row : rows.subList(1, rows.size())) {
      for (String item : row[row.length - 1].split(",")) {
        String phrase = item.trim();
        if (!phrase.isEmpty() && !phrase.contains("(")) {
          entries.add(seed(row[0], phrase));
        }
      }
    }
    return entries;
  }

  private static TriggerEntry seed(String action, String phrase) {
    // The column does not give the part of speech: a nominal suffix makes a noun, else a verb
    // (a seed that is both, like "attack", is listed in the curated lexicon as VN).
    boolean noun = NOMINAL.matcher(phrase).find();
    return new TriggerEntry(Arrays.asList(phrase.split(" ")), !noun, noun, action, "", TriggerOrigin.SEED);
  }
}
