package org.newskg.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.query.QueryAnswer;
import org.newskg.query.QueryLibrary;
import org.newskg.query.QueryRunner;
import org.newskg.store.Tdb2EventStore;
import org.openqa.selenium.By;

/**
 * First render of each view of the web app on a store, in headless Chromium, against Fuseki's own
 * UI (its query page, the page an analyst had before) loaded in the same go as the baseline.
 * A view's time runs from the start of the page load to the mark the app sets once the view is
 * drawn; Fuseki's UI's to when its query editor shows. Each run loads each page twice: cold
 * (new browser profile, empty cache) and warm (libraries cached). Prints medians and the ratio.
 *
 * <pre>mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
 * java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
 *   org.newskg.serve.WebAppRenderBenchmark --store data --runs 3</pre>
 */
public final class WebAppRenderBenchmark {
  private WebAppRenderBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    Path storeDir = Path.of(options.getOrDefault("--store", "data"));
    int runs = Integer.parseInt(options.getOrDefault("--runs", "5"));
    try (Tdb2EventStore store = Tdb2EventStore.openForReading(storeDir);
        SparqlServer server = new SparqlServer(store.dataset(), QueryLibrary.standard(),
            ServerSettings.forStore(Files.createTempDirectory("newskg-bench").resolve("store")).withPort(0)).start()) {
      String base = "http://127.0.0.1:" + server.port() + "/";
      Map<String, String> pages = pages(store, base);
      Map<String, List<Double>> cold = new LinkedHashMap<>();
      Map<String, List<Double>> warm = new LinkedHashMap<>();
      for (int run = 0; run < runs; run++) {
        for (Map.Entry<String, String> page : pages.entrySet()) {
          try (HeadlessChromium browser = HeadlessChromium.start(Files.createTempDirectory("newskg-chromium"))) {
            cold.computeIfAbsent(page.getKey(), k -> new ArrayList<>()).add(render(browser, page.getKey(), page.getValue()));
            warm.computeIfAbsent(page.getKey(), k -> new ArrayList<>()).add(render(browser, page.getKey(), page.getValue()));
          }
        }
      }
      report(storeDir, runs, cold, warm);
    }
  }

  // The app's views (the event page on the most reported event) and Fuseki's query page.
  private static Map<String, String> pages(Tdb2EventStore store, String base) {
    QueryAnswer.Rows top = (QueryAnswer.Rows) new QueryRunner(store.dataset())
        .run(QueryLibrary.standard().get("most-sourced-events"), Map.of());
    String event = top.rows().hasNext() ? top.rows().next().get("event").getURI() : "";
    Map<String, String> pages = new LinkedHashMap<>();
    for (String view : List.of("timeline", "map", "network", "queries", "sparql")) {
      pages.put(view, base + "#/" + view);
    }
    pages.put("event", base + "#/event?event=" + URLEncoder.encode(event, StandardCharsets.UTF_8));
    pages.put("fuseki-ui", base + "fuseki/#/dataset/newskg/query");
    return pages;
  }

  private static double render(HeadlessChromium browser, String view, String url) {
    if (view.equals("fuseki-ui")) {
      browser.driver.get("about:blank");
      browser.driver.get(url);
      browser.await(d -> d.findElement(By.cssSelector(".CodeMirror")));
      return ((Number) browser.script("return performance.now()")).doubleValue();
    }
    browser.open(url, view);
    return browser.renderMillis(view);
  }

  private static void report(Path store, int runs, Map<String, List<Double>> cold, Map<String, List<Double>> warm) {
    System.out.printf("first render on %s, median of %d runs (ms from page start)%n", store, runs);
    System.out.printf("%-10s %8s %8s %12s%n", "page", "cold", "warm", "warm/fuseki");
    double fuseki = median(warm.get("fuseki-ui"));
    for (String page : cold.keySet()) {
      System.out.printf("%-10s %8.0f %8.0f %12.2f%n", page, median(cold.get(page)), median(warm.get(page)),
          median(warm.get(page)) / fuseki);
    }
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    if (args.length % 2 == 1) {
      throw new IllegalArgumentException("options come in pairs: " + Arrays.toString(args));
    }
    return options;
  }
}
