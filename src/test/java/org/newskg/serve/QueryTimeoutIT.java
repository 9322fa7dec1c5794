package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.query.QueryCaseData;
import org.newskg.query.QueryLibrary;

/**
 * A server with short time limits over the small query-case store: a query that would run for
 * minutes (a three-way cross product) is stopped, answers 503 saying why, and leaves no thread
 * burning a core; the next request is answered as usual.
 */
class QueryTimeoutIT {
  private static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path folder;
  private static DatasetGraph store;
  private static SparqlServer server;

  @BeforeAll
  static void startWithShortLimits() throws IOException {
    store = DatabaseMgr.connectDatasetGraph(folder.resolve("store").toString());
    Txn.executeWrite(store, () -> RDFDataMgr.read(store, QueryCaseData.SHARED.toString()));
    Path queries = Files.createDirectories(folder.resolve("queries"));
    Files.writeString(queries.resolve("everything-four-times.rq"), """
        # title: Hostile
        # question: How many quadruples of triples are there?
        # columns: n
        # example: newskg query everything-four-times
        """ + CROSS_PRODUCT);
    ServeLimits limits = ServeLimits.DEFAULTS.withTimeouts(Duration.ofMillis(300), Duration.ofMillis(600));
    ServerSettings settings = ServerSettings.forStore(folder.resolve("store")).withPort(0).withUi(false);
    server = new SparqlServer(store, QueryLibrary.load(queries), settings, limits).start();
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void cannedQueryPastItsLimitIsStoppedWithAClearAnswer() throws Exception {
    HttpResponse<String> response = get("/queries/everything-four-times");
    assertEquals(503, response.statusCode(), response.body());
    assertTrue(response.body().contains("stopped after 300 ms (serve.timeout.canned)"), response.body());
    assertTheWorkStopped();
  }

  @Test
  void sparqlQueryPastItsLimitIsStopped() throws Exception {
    HttpResponse<String> response = get("/sparql?query=" + URLEncoder.encode(CROSS_PRODUCT, StandardCharsets.UTF_8));
    assertTrue(response.statusCode() >= 500, response.statusCode() + " " + response.body());
    assertTheWorkStopped();
  }

  // Once the answer is in, the server's threads together use (almost) no CPU: the query ended.
  private static void assertTheWorkStopped() throws Exception {
    Thread.sleep(300);
    long before = cpuNanosOfAllThreads();
    Thread.sleep(1000);
    long used = cpuNanosOfAllThreads() - before;
    assertTrue(used < 400_000_000L, "threads used " + used / 1_000_000 + " ms of CPU in the second after the answer");
    assertEquals(200, get("/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)).statusCode());
  }

  private static long cpuNanosOfAllThreads() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return Arrays.stream(threads.getAllThreadIds()).map(threads::getThreadCpuTime).filter(t -> t > 0).sum();
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
