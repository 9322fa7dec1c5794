package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Home;
import org.newskg.query.QueryCaseData;
import org.newskg.query.QueryLibrary;

/**
 * How the server hands out the web app and Fuseki's UI: the app at {@code /} with a policy that
 * keeps its pages on this server, each vendored library with its type, Fuseki's UI under
 * {@code /fuseki/} reaching the endpoints at the root, and nothing outside the app's folder.
 */
class WebAppServingIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path folder;
  private static DatasetGraph store;
  private static SparqlServer server;

  @BeforeAll
  static void serve() {
    store = DatabaseMgr.connectDatasetGraph(folder.resolve("store").toString());
    Path data = QueryCaseData.SHARED;
    Txn.executeWrite(store, () -> RDFDataMgr.read(store, data.toString()));
    server = new SparqlServer(store, QueryLibrary.standard(), ServerSettings.forStore(folder.resolve("store")).withPort(0)).start();
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void theAppIsAtTheRootAndMayOnlyLoadFromThisServer() throws Exception {
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<script type=\"module\" src=\"app.js\">"), page.body());
    String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.startsWith("default-src 'self';") && policy.contains("connect-src 'self'"), policy);
    assertEquals("text/javascript; charset=utf-8", get("/app.js").headers().firstValue("Content-Type").orElse(""));
  }

  @Test
  void everyVendoredLibraryFileIsServedWithItsTypeAndKeptByBrowsers() throws Exception {
    String prefix = "src/main/resources/" + WebAppServlet.FOLDER + "/";
    List<String> files = Files.readAllLines(Home.path("frontend/vendored.tsv"), StandardCharsets.UTF_8).stream()
        .map(line -> line.split("\t")[0]).filter(f -> f.startsWith(prefix) && f.matches(".*\\.(js|css|json)")).toList();
    assertTrue(files.size() >= 10, files.toString());
    for (String file : files) {
      HttpResponse<String> response = get("/" + file.substring(prefix.length()));
      assertEquals(200, response.statusCode(), file);
      assertEquals(Files.size(Home.path(file)), response.body().getBytes(StandardCharsets.UTF_8).length, file);
      String cache = response.headers().firstValue("Cache-Control").orElse("");
      assertTrue(file.endsWith("vendor.js") ? cache.equals("no-cache") : cache.contains("immutable"), file + ": " + cache);
    }
  }

  @Test
  void fusekisUiLivesUnderFusekiAndReachesTheRootEndpoints() throws Exception {
    assertTrue(get("/fuseki/").body().contains("Apache Jena Fuseki"));
    HttpResponse<String> bare = get("/fuseki");
    assertEquals(302, bare.statusCode());
    assertTrue(bare.headers().firstValue("Location").orElse("").endsWith("/fuseki/"));
    HttpResponse<String> status = get("/fuseki/$/server");
    assertEquals(307, status.statusCode());
    assertTrue(status.headers().firstValue("Location").orElse("").endsWith("/$/server"));
    HttpResponse<String> query = HTTP.send(HttpRequest.newBuilder(uri("/fuseki/newskg/sparql"))
        .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(307, query.statusCode());
    assertTrue(query.headers().firstValue("Location").orElse("").endsWith("/newskg/sparql"));
  }

  @Test
  void nothingOutsideTheAppsFolderNorOfAnUnknownTypeIsServed() throws Exception {
    for (String path : List.of("/../pom.xml", "/%2e%2e/pom.xml", "/vendor/..%2F..%2Fnewskg.properties",
        "/vendor/leaflet@1.9.4/LICENSE", "/vendor", "/no-such-file.js", "/org/newskg/Home.class")) {
      assertTrue(get(path).statusCode() >= 400, path);
    }
    HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(uri("/index.html"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
