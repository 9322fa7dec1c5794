package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newskg.query.CannedQuery;
import org.newskg.query.QueryLibrary;

/** The README's large-store table, written by {@link LargeStoreBenchmark}, has a row for every canned query. */
class StoreBenchmarkTableTest {
  @Test
  void everyCannedQueryHasARow() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Matcher section = Pattern.compile("<!-- measured: store-benchmark -->\n(.*?)<!-- end measured -->", Pattern.DOTALL)
        .matcher(readme);
    assertTrue(section.find(), "README has no store-benchmark section");
    List<String> rows = section.group(1).lines().filter(l -> l.startsWith("| `"))
        .map(l -> l.substring(3, l.indexOf('`', 3))).toList();
    assertEquals(QueryLibrary.standard().all().stream().map(CannedQuery::name).toList(), rows,
        "rerun LargeStoreBenchmark with --readme README.md (see README, Canned queries on large stores)");
  }
}
