package org.newskg.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.cli.NewskgCommand;
import org.newskg.query.CannedQuery;
import org.newskg.query.QueryLibrary;

/**
 * The canned queries on large stores: builds stores of the given numbers of events from a seed
 * store ({@link BenchmarkStores}; the seed is ingested from {@code --texts} first if missing),
 * serves each with {@code newskg serve} in its own process and asks every canned query with the
 * parameters of its example over HTTP (CSV, the default page), one warm-up and then
 * {@code --runs} times; prints p50 and p95 per query and store as a Markdown table, and with
 * {@code --readme FILE} writes it into the README's {@code store-benchmark} section. With
 * {@code --concurrency SECONDS} it also runs {@link ConcurrentLoad} on the largest store. Not a
 * test: see the README, "Canned queries on large stores", for the command.
 */
public final class LargeStoreBenchmark {
  private static final Pattern PARAM = Pattern.compile("--param (\\w+)=(\\S+)");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private LargeStoreBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    Path work = Path.of(options.getOrDefault("work", "/tmp/newskg-bench"));
    Path seed = work.resolve("seed");
    if (!Files.exists(seed.resolve("Data-0001")) && options.containsKey("texts")) {
      List<String> ingest = new ArrayList<>(List.of("ingest", "--store", seed.toString()));
      ingest.addAll(List.of(options.get("texts").split(",")));
      NewskgCommand.commandLine().execute(ingest.toArray(String[]::new));
    }
    BenchmarkStores stores = new BenchmarkStores(seed);
    System.out.printf("seed: %d documents, %d events%n", stores.seedDocuments(), stores.seedEvents());
    List<CannedQuery> queries = QueryLibrary.standard().all();
    Map<String, Map<String, Latencies>> columns = new LinkedHashMap<>();
    List<BenchmarkStores.Built> built = new ArrayList<>();
    int runs = Integer.parseInt(options.getOrDefault("runs", "20"));
    int port = Integer.parseInt(options.getOrDefault("port", "3100"));
    String[] sizes = options.getOrDefault("events", "10000,100000,1000000").split(",");
    for (int i = 0; i < sizes.length; i++) {
      BenchmarkStores.Built store = stores.store(work, Integer.parseInt(sizes[i].trim()));
      built.add(store);
      System.out.printf("store %s: %d copies, %d documents, %d events, %d quads, built in %d s%n",
          store.folder(), store.copies(), store.documents(), store.events(), store.quads(), store.buildSeconds());
      try (ServeProcess serve = ServeProcess.start(store.folder(), port, List.of(), work.resolve("serve.log"))) {
        columns.put(label(store.events()), measure(serve.base(), queries, runs));
        if (i == sizes.length - 1 && options.containsKey("concurrency")) {
          System.out.println(ConcurrentLoad.run(serve.base(), queries, Integer.parseInt(options.get("concurrency"))));
        }
      }
    }
    String table = table(queries, columns, built);
    System.out.println(table);
    if (options.containsKey("readme")) {
      ReadmeSection.replace(Path.of(options.get("readme")), "store-benchmark", table);
    }
  }

  private static Map<String, Latencies> measure(String base, List<CannedQuery> queries, int runs) throws Exception {
    Map<String, Latencies> column = new LinkedHashMap<>();
    for (CannedQuery query : queries) {
      String url = exampleUrl(base, query);
      ask(url, new Latencies());
      Latencies latencies = new Latencies();
      for (int r = 0; r < runs; r++) {
        ask(url, latencies);
      }
      column.put(query.name(), latencies);
      System.out.printf("  %-34s %s ms%s%n", query.name(), latencies.p50p95(),
          latencies.failed() > 0 ? "  (" + latencies.failed() + " failed)" : "");
    }
    return column;
  }

  /** Asks once and records the time until the whole answer is read; false unless it answered 200. */
  static boolean ask(String url, Latencies into) throws IOException, InterruptedException {
    long start = System.nanoTime();
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv").build(),
        HttpResponse.BodyHandlers.ofString());
    boolean ok = response.statusCode() == 200;
    into.add((System.nanoTime() - start) / 1e6, ok);
    return ok;
  }

  /** The query's URL with the parameters of its header's example call. */
  static String exampleUrl(String base, CannedQuery query) {
    Matcher m = PARAM.matcher(query.example());
    List<String> pairs = new ArrayList<>();
    while (m.find()) {
      pairs.add(m.group(1) + "=" + URLEncoder.encode(m.group(2), StandardCharsets.UTF_8));
    }
    return base + "/queries/" + query.name() + (pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
  }

  private static String table(List<CannedQuery> queries, Map<String, Map<String, Latencies>> columns,
      List<BenchmarkStores.Built> built) {
    StringBuilder t = new StringBuilder("| query (example parameters, first page) |");
    columns.keySet().forEach(c -> t.append(" ").append(c).append(" events: p50 / p95 ms |"));
    t.append("\n|---|").append("---|".repeat(columns.size())).append('\n');
    for (CannedQuery q : queries) {
      t.append("| `").append(q.name()).append("` |");
      columns.values().forEach(c -> t.append(' ').append(cell(c.get(q.name()))).append(" |"));
      t.append('\n');
    }
    t.append("| *store: documents / quads / build s* |");
    built.forEach(b -> t.append(String.format(" %,d / %,d / %d |", b.documents(), b.quads(), b.buildSeconds())));
    return t.append('\n').toString();
  }

  private static String cell(Latencies latencies) {
    return latencies.p50p95() + (latencies.failed() > 0 ? " (" + latencies.failed() + " failed)" : "");
  }

  private static String label(long events) {
    return events >= 1_000_000 ? String.format("%.1fM", events / 1e6).replace(".0M", "M")
        : String.format("%,dk", Math.round(events / 1000.0));
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return options;
  }
}
