package org.newskg.serve;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.newskg.query.CannedQuery;

/**
 * Eight clients at once for a while: seven ask the canned queries (each its examples in turn,
 * starting at a different one), one keeps sending a hostile ad hoc query (a cross product of
 * the whole store) to {@code /sparql}. The server stays up when no canned request fails and
 * their p95 stays low while the hostile one is stopped by its time limit, again and again.
 */
final class ConcurrentLoad {
  static final String HOSTILE = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f }";
  private static final int CANNED_CLIENTS = 7;

  private ConcurrentLoad() {}

  static String run(String base, List<CannedQuery> queries, int seconds) throws InterruptedException {
    Latencies canned = new Latencies();
    Latencies hostile = new Latencies();
    ConcurrentHashMap<Integer, AtomicInteger> hostileStatuses = new ConcurrentHashMap<>();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < CANNED_CLIENTS; c++) {
      int first = c;
      clients.add(startThread(() -> cannedClient(base, queries, first, end, canned)));
    }
    clients.add(startThread(() -> hostileClient(base, end, hostile, hostileStatuses)));
    for (Thread client : clients) {
      client.join();
    }
    return String.format("concurrency, %d s, %d canned clients + 1 hostile: canned %d requests, %d failed, "
        + "p50 %s, p95 %s (ms unless marked s); hostile %d requests, statuses %s, p50 %s", seconds, CANNED_CLIENTS, canned.count(),
        canned.failed(), Latencies.format(canned.percentile(50)), Latencies.format(canned.percentile(95)),
        hostile.count(), hostileStatuses, Latencies.format(hostile.percentile(50)));
  }

  private static Thread startThread(Runnable client) {
    Thread thread = new Thread(client);
    thread.start();
    return thread;
  }

  private static void cannedClient(String base, List<CannedQuery> queries, int first, long end, Latencies into) {
    for (int i = first; System.nanoTime() < end; i++) {
      String url = LargeStoreBenchmark.exampleUrl(base, queries.get(i % queries.size()));
      try {
        LargeStoreBenchmark.ask(url, into);
      } catch (Exception e) {
        into.add(0, false);
      }
    }
  }

  private static void hostileClient(String base, long end, Latencies into, ConcurrentHashMap<Integer, AtomicInteger> statuses) {
    HttpClient http = HttpClient.newHttpClient();
    String url = base + "/sparql?query=" + URLEncoder.encode(HOSTILE, StandardCharsets.UTF_8);
    while (System.nanoTime() < end) {
      long start = System.nanoTime();
      int status;
      try {
        status = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode();
      } catch (Exception e) {
        status = -1;
      }
      into.add((System.nanoTime() - start) / 1e6, status == 200);
      statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }
  }
}
