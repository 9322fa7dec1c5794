package org.newskg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word classes of {@code words.tsv}: what the rules know about English words (who may arrest,
 * which verbs report, which prepositions locate) kept as data, so that a word is added without a
 * code change.
 */
public final class Words {
  private static final String TABLE = "words.tsv";
  private static final Map<String, Set<String>> CLASSES = read();

  private Words() {}

  /** The words of a class; an unknown class is a programming error, found when the class loads. */
  public static Set<String> of(String wordClass) {
    Set<String> words = CLASSES.get(wordClass);
    if (words == null) {
      throw new IllegalArgumentException("no word class '" + wordClass + "' in " + TABLE);
    }
    return words;
  }

  /** The names of every class in the table. */
  public static Set<String> classes() {
    return CLASSES.keySet();
  }

  private static Map<String, Set<String>> read() {
    Map<String, Set<String>> classes = new LinkedHashMap<>();
    try (InputStream in = Words.class.getResourceAsStream(TABLE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
          .forEach(row -> classes.put(row[0], words(row[1])));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read extractor resource " + TABLE, e);
    }
    return Map.copyOf(classes);
  }

  private static Set<String> words(String column) {
    return Arrays.stream(column.split(",")).map(String::strip).filter(w -> !w.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
