package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
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

/** Fuseki on a loopback port over a real TDB2 store, exercised with a plain HTTP client. */
class SparqlServerIT {
  private static final String ID = "http://newskg.org/id/";
  private static final String EVENT_COUNT =
      "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a <http://newskg.org/ontology#Event> }";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path folder;
  private static DatasetGraph store;
  private static SparqlServer server;
  private static long startToFirstAnswerMillis;

  @BeforeAll
  static void startOnAStore() throws Exception {
    store = DatabaseMgr.connectDatasetGraph(folder.resolve("store").toString());
    Path data = QueryCaseData.SHARED;
    Txn.executeWrite(store, () -> RDFDataMgr.read(store, data.toString()));
    long begin = System.nanoTime();
    ServerSettings settings =
        ServerSettings.forStore(folder.resolve("store")).withPort(0);
    server = new SparqlServer(store, QueryLibrary.standard(), settings).start();
    get("/sparql?query=" + encode(EVENT_COUNT), "application/sparql-results+json");
    startToFirstAnswerMillis = (System.nanoTime() - begin) / 1_000_000;
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void answersItsFirstQueryWithinFiveSeconds() {
    assertTrue(startToFirstAnswerMillis < 5000, startToFirstAnswerMillis + " ms");
  }

  @Test
  void listensOnAnActualLoopbackPort() {
    assertTrue(server.port() > 0);
    assertTrue(server.datasetUrl().startsWith("http://127.0.0.1:"));
  }

  @Test
  void sparqlGetCountsEventsOverTheUnionOfDocumentGraphs() throws Exception {
    HttpResponse<String> response = get("/sparql?query=" + encode(EVENT_COUNT), "application/sparql-results+json");
    assertEquals(200, response.statusCode());
    assertEquals("7", firstValue(response.body(), "n"));
  }

  @Test
  void sparqlPostAnswersToo() throws Exception {
    HttpResponse<String> response = post("/sparql", "application/sparql-query", EVENT_COUNT);
    assertEquals(200, response.statusCode());
    assertEquals("7", firstValue(response.body(), "n"));
  }

  @Test
  void graphStoreReadGivesOneDocumentGraph() throws Exception {
    HttpResponse<String> response = get("/get?graph=" + encode(ID + "graph/doc-c"), "application/n-triples");
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("<" + ID + "doc/doc-c>"));
  }

  @Test
  void cannedQueryTakesAParameter() throws Exception {
    HttpResponse<String> response =
        get("/queries/events-by-actor?actor=" + encode(ID + "actor/southland"), null);
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
    assertEquals(4, JSON.parse(response.body()).get("results").getAsObject().get("bindings").getAsArray().size());
  }

  @Test
  void cannedQueryAnswersCsvWhenAsked() throws Exception {
    HttpResponse<String> response =
        get("/queries/events-by-actor?actor=" + encode(ID + "actor/southland"), "text/csv");
    assertEquals(200, response.statusCode());
    assertTrue(response.body().startsWith("event,action,role,begin,end,places"), response.body());
  }

  @Test
  void cannedQueryAnswersInPagesWithALinkToTheNext() throws Exception {
    String query = "/queries/events-by-actor?actor=" + encode(ID + "actor/southland");
    HttpResponse<String> first = get(query + "&limit=3", "text/csv");
    String next = first.headers().firstValue("Link").orElse("");
    assertEquals(4, first.body().lines().count(), first.body());
    assertTrue(next.endsWith("offset=3&limit=3>; rel=\"next\""), next);
    String nextPath = next.substring(next.indexOf("/queries/"), next.indexOf('>'));
    HttpResponse<String> second = get(nextPath, "text/csv");
    assertEquals(2, second.body().lines().count(), second.body());
    assertTrue(second.headers().firstValue("Link").isEmpty());
    assertEquals(400, get(query + "&limit=0", null).statusCode());
    assertEquals(400, get(query + "&limit=100000", null).statusCode());
  }

  @Test
  void catalogueListsTheQueries() throws Exception {
    HttpResponse<String> response = get("/queries", null);
    assertEquals(200, response.statusCode());
    assertTrue(JSON.parseAny(response.body()).getAsArray().size() >= 15);
  }

  @Test
  void unknownQueryIsNotFound() throws Exception {
    assertEquals(404, get("/queries/no-such-query", null).statusCode());
  }

  @Test
  void missingOrBadParameterIsABadRequestThatSaysWhy() throws Exception {
    HttpResponse<String> missing = get("/queries/events-by-actor", null);
    HttpResponse<String> badDate = get("/queries/event-timeline?from=last-week", null);
    assertEquals(400, missing.statusCode());
    assertTrue(missing.body().contains("requires parameter 'actor'"), missing.body());
    assertEquals(400, badDate.statusCode());
    assertTrue(badDate.body().contains("'from' must be a date"), badDate.body());
  }

  @Test
  void updatesAreRefusedAndChangeNothing() throws Exception {
    String update = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }";
    int viaUpdate = post("/update", "application/sparql-update", update).statusCode();
    int viaSparql = post("/sparql", "application/sparql-update", update).statusCode();
    int viaDataset = post("", "application/sparql-update", update).statusCode();
    assertTrue(viaUpdate >= 400 && viaSparql >= 400 && viaDataset >= 400,
        viaUpdate + " " + viaSparql + " " + viaDataset);
    String graphs = "ASK { GRAPH <urn:x> { ?s ?p ?o } }";
    assertTrue(get("/sparql?query=" + encode(graphs), null).body().contains("false"));
  }

  @Test
  void adminEndpointsAreReadOnly() throws Exception {
    HttpResponse<String> delete = HTTP.send(
        HttpRequest.newBuilder(URI.create(root() + "/$/datasets/newskg")).DELETE().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(405, delete.statusCode());
    assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(root() + "/$/server")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode());
  }

  @Test
  void fusekiUiIsServedAndItsRunAreaLivesBesideTheStore() throws Exception {
    HttpResponse<String> ui = HTTP.send(HttpRequest.newBuilder(URI.create(root() + "/")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ui.statusCode());
    assertTrue(Files.isDirectory(folder.resolve("store-fuseki")));
    assertTrue(Files.notExists(Path.of("run")) || Files.isDirectory(Path.of("run")));
  }

  private static String root() {
    return "http://127.0.0.1:" + server.port();
  }

  private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + path));
    if (accept != null) {
      request.header("Accept", accept);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String contentType, String body)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + path))
        .header("Content-Type", contentType)
        .header("Accept", "application/sparql-results+json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String firstValue(String json, String variable) {
    JsonObject row = JSON.parse(json).get("results").getAsObject().get("bindings").getAsArray().get(0).getAsObject();
    return row.get(variable).getAsObject().get("value").getAsString().value();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
