package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Home;
import org.newskg.query.CannedQuery;
import org.newskg.query.QueryLibrary;

/** The command line on the sample corpus, with real CoreNLP and a real TDB2 store. */
class CliIT {
  private static final Set<String> CONTRACT_FIELDS = new TreeSet<>(List.of(
      "event", "mention", "doc", "action", "trigger", "begin", "end", "evidence", "actors", "targets", "places",
      "date", "date_precision", "source", "modality", "confidence", "publisher", "published"));

  @TempDir static Path dir;
  private static String store;

  @BeforeAll
  static void ingestTheCorpus() {
    store = dir.resolve("store").toString();
    CliRun run = CliRun.of("ingest", Home.path("corpus").toString(), "--store", store);
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("stored 2 document(s)"), run.out());
  }

  @Test
  void ingestingTheCorpusAgainLeavesTheQuadCountUnchanged() {
    String before = CliRun.of("stats", "--store", store).out();
    CliRun again = CliRun.of("ingest", Home.path("corpus").toString(), "--store", store);
    assertEquals(0, again.code());
    assertTrue(again.out().contains("2 unchanged"), again.out());
    assertEquals(before, CliRun.of("stats", "--store", store).out());
  }

  @Test
  void everyEventLineFollowsTheContractAndItsEvidenceIsTheTextAtItsOffsets() throws IOException {
    Path out = dir.resolve("events.jsonl");
    assertEquals(0, CliRun.of("export", "--format", "events", "--store", store, "--out", out.toString()).code());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertTrue(lines.size() > 20, "events: " + lines.size());
    for (String line : lines) {
      JsonObject event = JSON.parse(line);
      assertEquals(CONTRACT_FIELDS, new TreeSet<>(event.keys()), line);
      String text = Files.readString(Home.path("corpus").resolve(event.getString("doc") + ".txt"));
      int begin = event.get("begin").getAsNumber().value().intValue();
      int end = event.get("end").getAsNumber().value().intValue();
      assertEquals(event.getString("evidence"), text.substring(begin, end));
    }
  }

  @Test
  void everyCannedQueryRunsItsOwnExampleAndReturnsRows() {
    for (CannedQuery query : QueryLibrary.standard().all()) {
      List<String> args = new ArrayList<>(List.of(query.example().trim().split("\\s+")));
      args.remove(0);
      int format = args.indexOf("--format");
      if (format >= 0) {
        args.subList(format, format + 2).clear();
      }
      args.addAll(List.of("--store", store, "--format", "csv"));
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertEquals(0, run.code(), query.name() + ": " + run.err());
      List<String> rows = run.out().lines().toList();
      assertEquals(String.join(",", query.columns()), rows.get(0), query.name());
      assertTrue(rows.size() > 1, query.name() + " returns no rows on the corpus graph");
      assertFalse(rows.get(1).startsWith(","), query.name() + ": first cell empty: " + rows.get(1));
    }
  }

  @Test
  void everyExportFormatWritesSomething() throws IOException {
    for (String format : List.of("trig", "nquads", "turtle", "jsonld", "csv", "graphml", "geojson")) {
      Path out = dir.resolve("export." + format);
      CliRun run = CliRun.of("export", "--format", format, "--store", store, "--out", out.toString());
      assertEquals(0, run.code(), format + ": " + run.err());
      assertTrue(Files.size(out) > 1000, format);
    }
    Path neo4j = dir.resolve("neo4j");
    assertEquals(0, CliRun.of("export", "--format", "neo4j", "--store", store, "--out", neo4j.toString()).code());
    assertTrue(Files.readString(neo4j.resolve("nodes.csv")).contains(":ID"));
  }

  @Test
  void servingOnAPortInUseSaysSoInOneLine() throws IOException {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      CliRun run = CliRun.of("serve", "--store", store, "--port", Integer.toString(taken.getLocalPort()));
      assertEquals(1, run.code());
      assertTrue(run.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), run.err());
    }
  }

  @Test
  void theStoreBuiltFromTheCorpusConforms() {
    CliRun run = CliRun.of("validate", "--store", store);
    assertEquals(0, run.code(), run.out());
    assertTrue(run.out().contains("store conforms"), run.out());
  }

  @Test
  void evalOnTheDevelopmentGoldBeatsAKeywordMatcher() {
    Path shared = Path.of("..", "shared");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shared.resolve("gold")),
        "../shared/gold is not beside the project");
    CliRun run = CliRun.of("eval", "--gold", shared.resolve("gold/seeds.jsonl").toString(),
        "--texts", shared.resolve("corpus").toString(), "--json");
    assertEquals(0, run.code(), run.err());
    double f1 = JSON.parse(run.out()).get("action_f1").getAsNumber().value().doubleValue();
    assertTrue(f1 >= 0.65, "action F1 " + f1);
  }
}
