package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newskg.query.QueryCatalogue;
import org.newskg.query.QueryLibrary;

/**
 * The README's tables are generated: the query library from the queries' headers, the term and
 * shape tables from ontology/README.md and shapes/README.md. Run with
 * {@code -Dnewskg.regenerate=true} to rewrite them after a change.
 */
class ReadmeTablesTest {
  private static final Path README = Path.of("README.md");
  private static final boolean REGENERATE = Boolean.getBoolean("newskg.regenerate");

  @Test
  void readmeTablesMatchTheirSources() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Map<String, String> tables = Map.of(
        "queries", QueryCatalogue.toMarkdown(QueryLibrary.standard().all()),
        "ontology-terms", firstTableAfter(Path.of("ontology/README.md"), "## Terms"),
        "shapes", firstTableAfter(Path.of("shapes/README.md"), "| shape |"));
    String expected = readme;
    for (Map.Entry<String, String> table : tables.entrySet()) {
      expected = replaceSection(expected, table.getKey(), table.getValue());
    }
    if (REGENERATE && !expected.equals(readme)) {
      Files.writeString(README, expected, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(expected, readme, "README tables are stale: run mvn test -Dtest=ReadmeTablesTest -Dnewskg.regenerate=true");
  }

  private static String replaceSection(String readme, String name, String table) {
    Pattern section = Pattern.compile("(<!-- generated: " + name + " -->\n)(.*?)(<!-- end generated -->)", Pattern.DOTALL);
    Matcher m = section.matcher(readme);
    assertTrue(m.find(), "README has no generated section " + name);
    return readme.substring(0, m.start()) + m.group(1) + table + m.group(3) + readme.substring(m.end());
  }

  /** The Markdown table starting at the first line that begins with {@code marker}, or after the heading {@code marker}. */
  static String firstTableAfter(Path file, String marker) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int i = 0;
    while (i < lines.size() && !lines.get(i).startsWith(marker)) {
      i++;
    }
    while (i < lines.size() && !lines.get(i).startsWith("|")) {
      i++;
    }
    StringBuilder table = new StringBuilder();
    for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      table.append(lines.get(i)).append('\n');
    }
    assertTrue(table.length() > 0, file + " has no table at " + marker);
    return table.toString();
  }
}
