package org.newskg.rdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The first column of a Markdown table in a README, for tests that hold a README to its data. */
public final class ReadmeTable {
  private ReadmeTable() {}

  /** The body's first cells, back-quotes removed, of the first table after the line {@code heading}. */
  public static Set<String> firstColumn(Path readme, String heading) {
    List<String> lines = lines(readme);
    int start = lines.indexOf(heading);
    if (start < 0) {
      throw new AssertionError(readme + " has no heading " + heading);
    }
    List<String> rest = lines.subList(start + 1, lines.size()).stream().dropWhile(l -> !l.startsWith("|"))
        .takeWhile(l -> l.startsWith("|")).toList();
    Set<String> cells = new TreeSet<>();
    // Row 0 is the header and row 1 the separator.
    rest.stream().skip(2).forEach(row -> cells.add(row.split("\\|")[1].strip().replace("`", "")));
    return cells;
  }

  private static List<String> lines(Path readme) {
    try {
      return Files.readAllLines(readme);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
