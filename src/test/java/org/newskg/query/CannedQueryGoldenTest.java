package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newskg.Home;

/**
 * Runs every case of {@code query-cases/}: a folder named after a query (optionally followed by
 * {@code .variant}) holding {@code data.trig}, {@code params} and {@code expected.srj}.
 * {@code -Dnewskg.regenerate=true} rewrites the expected files from the actual answers: read
 * each rewritten file before committing it.
 */
class CannedQueryGoldenTest {
  private static final String REGENERATE = "newskg.regenerate";
  private static final QueryLibrary LIBRARY = QueryLibrary.standard();

  @TestFactory
  Stream<DynamicTest> everyCaseGivesItsExpectedAnswer() throws IOException {
    return caseFolders().map(folder -> DynamicTest.dynamicTest(name(folder), () -> check(folder)));
  }

  @Test
  void everyQueryHasACase() throws IOException {
    TreeSet<String> covered = new TreeSet<>(caseFolders().map(f -> queryName(f)).toList());
    List<String> missing =
        LIBRARY.all().stream().map(CannedQuery::name).filter(n -> !covered.contains(n)).toList();
    assertEquals(List.of(), missing, "queries without a folder in query-cases/");
  }

  @Test
  void libraryHoldsAtLeastFifteenQueries() {
    assertTrue(LIBRARY.all().size() >= 15, "only " + LIBRARY.all().size() + " queries");
  }

  private static Stream<Path> caseFolders() throws IOException {
    try (Stream<Path> folders = Files.list(Home.path("query-cases"))) {
      return folders.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  private static String name(Path folder) {
    return folder.getFileName().toString();
  }

  private static String queryName(Path folder) {
    return name(folder).split("\\.", 2)[0];
  }

  private static void check(Path folder) throws IOException {
    CannedQuery query = LIBRARY.get(queryName(folder));
    QueryAnswer.Rows answer =
        (QueryAnswer.Rows) new QueryRunner(dataset(folder)).run(query, params(folder));
    Path expectedFile = folder.resolve("expected.srj");
    if (Boolean.getBoolean(REGENERATE)) {
      write(answer, expectedFile);
      return;
    }
    compare(query, answer.rows(), expectedFile);
  }

  private static void compare(CannedQuery query, RowSetRewindable actual, Path expectedFile) throws IOException {
    if (!Files.exists(expectedFile)) {
      fail(expectedFile + " is missing; create it with -D" + REGENERATE + "=true and read it");
    }
    ResultSetRewindable expected = readExpected(expectedFile);
    ResultSetRewindable got = ResultSet.adapt(actual).rewindable();
    boolean ordered = QueryFactory.create(query.sparql()).hasOrderBy();
    boolean same =
        ordered ? ResultsCompare.equalsByTermAndOrder(expected, got) : ResultsCompare.equalsByTerm(expected, got);
    expected.reset();
    got.reset();
    if (!same) {
      fail("%s: answer differs from %s%nexpected:%n%s%nactual:%n%s%nIf the new answer is right, "
          .formatted(query.name(), expectedFile, text(expected), text(got))
          + "regenerate with: mvn -o test -Dtest=CannedQueryGoldenTest -D" + REGENERATE + "=true");
    }
  }

  // Read whole while the file is open: Jena's JSON results reader streams, and past its first
  // buffer (8 KB) it would read on after ResultSetMgr.read(String) has closed the file.
  private static ResultSetRewindable readExpected(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return ResultSetMgr.read(in, ResultSetLang.RS_JSON).rewindable();
    }
  }

  private static String text(ResultSetRewindable rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ResultSetMgr.write(out, rows, ResultSetLang.RS_Text);
    rows.reset();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void write(QueryAnswer answer, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      AnswerWriter.write(answer, ResultFormat.JSON, out);
    }
  }

  /** An in-memory TDB2 dataset holding the case's data, its default graph the union. */
  static DatasetGraph dataset(Path folder) {
    DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, folder.resolve("data.trig").toString()));
    return dataset;
  }

  private static Map<String, String> params(Path folder) throws IOException {
    Map<String, String> params = new LinkedHashMap<>();
    Path file = folder.resolve("params");
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] pair = line.split("=", 2);
          params.put(pair[0].trim(), pair[1].trim());
        }
      }
    }
    return params;
  }
}
