package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;

/** Free and canned queries over the union of named graphs, written in every format. */
class QueryRunnerTest {
  private static final String DATA = """
      <http://example.org/g1> { <http://example.org/a> <http://example.org/p> "one" . }
      <http://example.org/g2> { <http://example.org/b> <http://example.org/p> "two" . }
      """;
  private final QueryRunner runner = new QueryRunner(dataset());

  private static DatasetGraph dataset() {
    DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    Txn.executeWrite(dataset, () -> RDFParser.fromString(DATA, Lang.TRIG).parse(dataset));
    return dataset;
  }

  private static String write(QueryAnswer answer, ResultFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnswerWriter.write(answer, format, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void defaultGraphIsTheUnionAndRowsSurviveRepeatedWriting() {
    QueryAnswer answer = runner.runText("SELECT ?o { ?s <http://example.org/p> ?o } ORDER BY ?o");
    assertEquals("o\r\none\r\ntwo\r\n", write(answer, ResultFormat.CSV));
    assertEquals("?o\n\"one\"\n\"two\"\n", write(answer, ResultFormat.TSV));
    assertTrue(write(answer, ResultFormat.TABLE).lines().anyMatch("two"::equals));
    assertTrue(write(answer, ResultFormat.JSON).contains("\"value\": \"one\""));
  }

  @Test
  void askAndConstructAnswersAreWritten() {
    assertTrue(write(runner.runText("ASK { ?s ?p \"two\" }"), ResultFormat.JSON).contains("true"));
    String turtle = write(runner.runText("CONSTRUCT { ?s ?p \"one\" } WHERE { ?s ?p \"one\" }"), ResultFormat.TABLE);
    assertTrue(turtle.contains("\"one\""), "[" + turtle + "]");
  }

  @Test
  void cannedQueryParameterIsSubstitutedNotPasted() {
    CannedQuery query = new CannedQuery("by-value", "t", "?",
        List.of(new QueryParameter("o", ParameterType.STRING, true, "value")), List.of("s"), "e",
        "SELECT ?s { ?s <http://example.org/p> ?o }");
    String injection = "one\" } UNION { ?s ?p ?o";
    assertEquals("s\r\n", write(runner.run(query, Map.of("o", injection)), ResultFormat.CSV));
    assertEquals("s\r\nhttp://example.org/b\r\n", write(runner.run(query, Map.of("o", "two")), ResultFormat.CSV));
  }
}
