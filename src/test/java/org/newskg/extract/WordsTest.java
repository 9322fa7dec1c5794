package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newskg.Home;

/** Every word class of words.tsv is read by some rule, and every class a rule reads is in the table. */
class WordsTest {
  private static final Pattern USE = Pattern.compile("Words\\.of\\(\"([a-z-]+)\"\\)");

  @Test
  void theTableAndTheCodeNameTheSameClasses() throws IOException {
    assertEquals(new TreeSet<>(Words.classes()), classesReadByCode());
  }

  @Test
  void wordsAreTrimmedAndPhrasesKept() {
    assertTrue(Words.of("law-authority").contains("police"));
    assertTrue(Words.of("wordnet-place").contains("body of water"));
  }

  @Test
  void anUnknownClassIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> Words.of("no-such-class"));
  }

  private static Set<String> classesReadByCode() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Home.path("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = USE.matcher(Files.readString(file));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    return used;
  }
}
