package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.pipeline.SampleCorpusStore;
import org.newskg.query.QueryAnswer;
import org.newskg.query.QueryLibrary;
import org.newskg.query.QueryRunner;
import org.newskg.store.Tdb2EventStore;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The web app in Debian's headless Chromium, served over the sample corpus as {@code newskg up}
 * ingests it (real CoreNLP, TDB2, Fuseki): each view draws what the store holds, a filter changes
 * it, the event page marks the evidence in the document's text, axe-core finds nothing to fault,
 * the keyboard reaches the views, the console stays clean and no request leaves 127.0.0.1.
 * Screenshots and first-render times go to {@code target/webapp/}.
 */
class WebAppIT {
  private static final Path OUT = Path.of("target", "webapp");
  // vis-timeline draws a point item as a box, a line and a dot, all three of class vis-item.
  private static final String TIMELINE_ITEM = ".vis-item.vis-box, .vis-item.vis-range";

  @TempDir static Path folder;
  private static Tdb2EventStore store;
  private static SparqlServer server;
  private static HeadlessChromium browser;
  private static QueryLibrary library;
  private static String base;

  @BeforeAll
  static void serveTheSampleCorpusToABrowser() throws IOException {
    HeadlessChromium.require();
    store = SampleCorpusStore.ingest(folder.resolve("store"));
    library = QueryLibrary.standard();
    server = new SparqlServer(store.dataset(), library, ServerSettings.forStore(folder.resolve("store")).withPort(0)).start();
    base = "http://127.0.0.1:" + server.port() + "/";
    browser = HeadlessChromium.start(folder.resolve("profile"));
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve("render-ms.tsv"), "view\tfirst render (ms from page start)\n");
  }

  @AfterAll
  static void stopEverything() {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
      if (store != null) {
        store.close();
      }
    }
  }

  @AfterEach
  void consoleStayedCleanAndNothingLeftLoopback() {
    List<String> errors = browser.consoleLines(Level.SEVERE);
    assertEquals(List.of(), errors, "console errors");
    // Browser-internal pages (chrome:, about:) and inline data: and blob: URLs use no network.
    List<String> outside = browser.requestedUrls().stream()
        .filter(url -> url.matches("(?i)(https?|wss?|ftp):.*") && !url.startsWith(base))
        .toList();
    assertEquals(List.of(), outside, "requests that leave 127.0.0.1:" + server.port());
  }

  @Test
  void timelineHasOneItemPerDatedEventAndAFilterNarrowsIt() {
    List<Map<String, String>> events = rows("filtered-events", Map.of());
    long dated = events.stream().filter(e -> e.containsKey("begin")).count();
    WebElement view = open("timeline", "");
    assertEquals(dated, view.findElements(By.cssSelector(TIMELINE_ITEM)).size(), "items on the timeline");
    assertEquals(events.size(), view.findElements(By.cssSelector("table tbody tr")).size(), "rows of the event table");
    assertTrue(view.findElement(By.cssSelector("table tbody")).getText().contains(events.get(0).get("action")));
    screenshotAndCheckAccessibility("timeline");

    new Select(browser.driver.findElement(By.name("modality"))).selectByValue("negated");
    browser.driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
    browser.await(d -> d.getCurrentUrl().contains("modality=negated"));
    view = browser.awaitView("timeline");
    long negated = rows("filtered-events", Map.of("modality", "negated")).stream().filter(e -> e.containsKey("begin")).count();
    assertTrue(negated > 0 && negated < dated, negated + " of " + dated);
    assertEquals(negated, view.findElements(By.cssSelector(TIMELINE_ITEM)).size(), "items once filtered");
  }

  @Test
  void mapClustersAMarkerPerLocatedEventPlaceOverShippedOutlines() {
    int located = locatedPairs(Map.of());
    WebElement view = open("map", "");
    assertEquals(String.valueOf(located), view.getAttribute("data-count"));
    assertFalse(view.findElements(By.cssSelector(".leaflet-overlay-pane canvas")).isEmpty(), "outlines drawn");
    assertFalse(view.findElements(By.cssSelector(".marker-cluster, .event-marker")).isEmpty(), "markers drawn");
    // Regions are drawn once the map is zoomed in far enough; how far the events' bounds let it
    // start depends on where the extracted events are, so zoom in as a user would.
    for (int clicks = 0; clicks < 8 && view.getAttribute("data-regions") == null; clicks++) {
      view.findElement(By.cssSelector(".leaflet-control-zoom-in")).click();
      browser.await(d -> view.findElements(By.cssSelector(".leaflet-zoom-anim")).isEmpty());
    }
    browser.await(d -> "shown".equals(view.getAttribute("data-regions")));
    screenshotAndCheckAccessibility("map");

    String kherson = firstValue("filter-choices", "kind", "place", "value");
    WebElement filtered = navigate("map", "place=" + encode(kherson));
    int atKherson = locatedPairs(Map.of("place", kherson));
    assertEquals(String.valueOf(atKherson), filtered.getAttribute("data-count"));
    assertNotEquals(located, atKherson);
  }

  @Test
  void networkLaysOutActorsZoomsAndNarrowsToAnActor() {
    WebElement view = open("network", "");
    int nodes = Integer.parseInt(view.getAttribute("data-count"));
    assertTrue(nodes > 10, nodes + " nodes");
    String zoom = view.getAttribute("data-zoom");
    view.findElement(By.xpath(".//button[normalize-space()='Zoom in']")).click();
    browser.await(d -> !zoom.equals(view.getAttribute("data-zoom")));
    screenshotAndCheckAccessibility("network");

    String actor = firstValue("filter-choices", "kind", "actor", "value");
    WebElement filtered = navigate("network", "actor=" + encode(actor));
    int narrowed = Integer.parseInt(filtered.getAttribute("data-count"));
    assertTrue(narrowed > 1 && narrowed < nodes, narrowed + " of " + nodes);
  }

  @Test
  void eventPageMarksTheEvidenceOfEveryMentionInItsDocument() {
    String event = rows("most-sourced-events", Map.of()).get(0).get("event");
    List<Map<String, String>> mentions = rows("sources-of-event", Map.of("event", event));
    WebElement view = open("event", "?event=" + encode(event));
    List<WebElement> articles = view.findElements(By.cssSelector("article[data-mention]"));
    assertEquals(mentions.size(), articles.size());
    for (int i = 0; i < mentions.size(); i++) {
      WebElement mark = articles.get(i).findElement(By.cssSelector(".document-text mark.evidence"));
      assertEquals(mentions.get(i).get("evidence"), mark.getAttribute("textContent"));
      assertEquals(mentions.get(i).get("trigger"), mark.findElement(By.cssSelector(".trigger")).getAttribute("textContent"));
    }
    assertTrue(view.getText().contains("Sources that disagree"));
    assertTrue(view.getText().contains("Conflicting figures"));
    screenshotAndCheckAccessibility("event");
  }

  @Test
  void cannedQueryFormIsTypedFillsInItsExampleAndPagesItsAnswer() {
    WebElement view = open("queries", "/events-at-place");
    WebElement place = view.findElement(By.id("param-place"));
    assertEquals("url", place.getAttribute("type"));
    assertEquals("number", view.findElement(By.id("param-radius")).getAttribute("type"));
    assertEquals("", place.getAttribute("value"));
    view.findElement(By.xpath(".//button[normalize-space()='Fill in the example']")).click();
    assertEquals("https://sws.geonames.org/706448/", place.getAttribute("value"));
    view.findElement(By.xpath(".//button[normalize-space()='Run']")).click();
    WebElement answered = browser.awaitView("queries");
    int expected = rows("events-at-place", Map.of("place", "https://sws.geonames.org/706448/", "radius", "50")).size();
    assertEquals(String.valueOf(Math.min(expected, 50)),
        browser.await(d -> d.findElement(By.cssSelector(".results")).getAttribute("data-rows")));
    screenshotAndCheckAccessibility("queries");

    int choices = rows("filter-choices", Map.of()).size();
    assertTrue(choices > 50, "filter-choices has " + choices + " rows: enough for a second page");
    answered = open("queries", "/filter-choices");
    answered.findElement(By.xpath(".//button[normalize-space()='Next page']")).click();
    browser.await(d -> d.findElement(By.cssSelector(".results")).getText().contains("Page 2 of"));
    String second = browser.await(d -> d.findElement(By.cssSelector(".results")).getAttribute("data-rows"));
    assertEquals(String.valueOf(Math.min(choices - 50, 50)), second);
    answered.findElement(By.xpath(".//button[normalize-space()='Download all rows as CSV']")).click();
    browser.await(d -> d.findElement(By.id("status")).getText().contains("filter-choices.csv"));
  }

  @Test
  void sparqlEditorAnswersFromTheStore() {
    WebElement view = open("sparql", "");
    browser.await(d -> view.getAttribute("data-answered") != null);
    int actions = rows("filter-choices", Map.of()).stream().filter(r -> "action".equals(r.get("kind"))).toList().size();
    Integer shown = browser.await(d -> {
      int rows = view.findElements(By.cssSelector(".yasr table.dataTable tbody tr")).size();
      return rows > 0 ? rows : null;
    });
    assertEquals(actions, shown.intValue());
    screenshotAndCheckAccessibility("sparql");
  }

  @Test
  void theKeyboardReachesTheViewsThroughTheNavigation() {
    browser.open(base + "#/timeline", "timeline");
    WebElement focused = null;
    for (int tab = 0; tab < 10 && (focused == null || !"network".equals(focused.getAttribute("data-nav"))); tab++) {
      browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
      focused = browser.driver.switchTo().activeElement();
    }
    assertEquals("network", focused.getAttribute("data-nav"), "Tab reaches the Network link");
    focused.sendKeys(Keys.ENTER);
    browser.awaitView("network");
  }

  // Opens a view as a fresh page load, and records how long its first render took.
  private static WebElement open(String view, String rest) {
    WebElement element = browser.open(base + "#/" + view + rest, view);
    record(view, browser.renderMillis(view));
    return element;
  }

  private static WebElement navigate(String view, String query) {
    browser.script("location.hash = arguments[0]", "#/" + view + "?" + query);
    browser.await(d -> d.getCurrentUrl().endsWith(query));
    return browser.awaitView(view);
  }

  private static void record(String view, double millis) {
    try {
      Files.writeString(OUT.resolve("render-ms.tsv"), view + "\t" + Math.round(millis) + "\n", StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  // Every view, once drawn, is photographed and checked by axe-core: labels, names, contrast, structure.
  private static void screenshotAndCheckAccessibility(String view) {
    browser.screenshot(OUT.resolve(view + ".png"));
    assertEquals(List.of(), browser.accessibilityViolations(), view + ": axe-core violations");
  }

  // The rows a canned query gives on the store, each as column → value text.
  private static List<Map<String, String>> rows(String query, Map<String, String> params) {
    QueryAnswer.Rows answer = (QueryAnswer.Rows) new QueryRunner(store.dataset()).run(library.get(query), params);
    List<Map<String, String>> rows = new ArrayList<>();
    answer.rows().forEachRemaining(binding -> rows.add(values(binding)));
    return rows;
  }

  private static Map<String, String> values(Binding binding) {
    Map<String, String> values = new LinkedHashMap<>();
    binding.vars().forEachRemaining(v -> values.put(v.getVarName(), binding.get(v).isLiteral()
        ? binding.get(v).getLiteralLexicalForm() : binding.get(v).getURI()));
    return values;
  }

  private static String firstValue(String query, String column, String equals, String wanted) {
    return rows(query, Map.of()).stream().filter(r -> equals.equals(r.get(column))).findFirst().orElseThrow().get(wanted);
  }

  // Markers the map should draw: one per event and place with coordinates.
  private static int locatedPairs(Map<String, String> filters) {
    return rows("filtered-events", filters).stream()
        .mapToInt(e -> (int) List.of(e.getOrDefault("places", "").split("; (?=<)")).stream().filter(p -> p.contains(" @")).count())
        .sum();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
