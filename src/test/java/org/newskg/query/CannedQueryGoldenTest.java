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
import java.util.ArrayList;
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
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newskg.Home;
import org.newskg.store.ActorSummaries;

/**
 * Runs every case of {@code query-cases/}: a folder named after a query (optionally followed by
 * {@code .variant}) holding {@code params} (which may page with {@code limit} and {@code offset})
 * and {@code expected.srj}, run over the shared {@code query-cases/data.trig} plus the case's own
 * {@code extra.trig} if it has one, with the summaries a write keeps ({@link ActorSummaries}).
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

  /** Paging through every case's answer two rows at a time gives the whole answer, in order, once. */
  @TestFactory
  Stream<DynamicTest> pagesJoinToTheWholeAnswer() throws IOException {
    return caseFolders().map(folder -> DynamicTest.dynamicTest(name(folder), () -> checkPages(folder)));
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

  private static void checkPages(Path folder) throws IOException {
    CannedQuery query = LIBRARY.get(queryName(folder));
    QueryRunner runner = new QueryRunner(dataset(folder));
    Map<String, String> params = QueryRunner.withoutPaging(params(folder));
    List<Binding> whole = rows(runner.run(query, params, Page.ALL));
    List<Binding> paged = new ArrayList<>();
    PagedAnswer page = PagedAnswer.run(runner, query, params, new Page(0, 2));
    paged.addAll(rows(page.answer()));
    while (page.more()) {
      page = PagedAnswer.run(runner, query, params, page.page().next());
      paged.addAll(rows(page.answer()));
    }
    assertEquals(whole, paged, query.name() + ": pages of two rows differ from the whole answer (is its ORDER BY total?)");
  }

  private static List<Binding> rows(QueryAnswer answer) {
    List<Binding> rows = new ArrayList<>();
    RowSetRewindable set = ((QueryAnswer.Rows) answer).rows();
    set.reset();
    set.forEachRemaining(rows::add);
    return rows;
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

  /** An in-memory TDB2 dataset holding the shared data and the case's extra, its default graph the union. */
  static DatasetGraph dataset(Path folder) {
    DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    Path extra = folder.resolve("extra.trig");
    Txn.executeWrite(dataset, () -> {
      RDFDataMgr.read(dataset, QueryCaseData.SHARED.toString());
      if (Files.exists(extra)) {
        RDFDataMgr.read(dataset, extra.toString());
      }
    });
    // What every write keeps in the summary graph, computed as a bulk load does.
    ActorSummaries.rebuild(dataset);
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
