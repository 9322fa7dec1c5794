package org.newskg.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.rdf.DocumentGraph;
import org.newskg.rdf.NKG;

/**
 * The bulk-load rate on many quads: real document graphs (shards of a {@code newskg spark} run)
 * copied with fresh document, graph and mention IRIs (the entities and events they name stay
 * shared, as in a real corpus) until there are TARGET quads, then loaded by {@code newskg load}
 * (Jena's parallel loader into a new store) and, as the baseline, stored the way
 * {@code newskg ingest} stores (a write transaction per 200 documents). Prints both rates and the
 * ratio. Not a test: run
 * {@code java -Xmx4g -cp "target/test-classes:target/newskg.jar:target/lib/*" org.newskg.store.BulkLoadBenchmark SHARD_DIR 10000000 /tmp/newskg-bulk}.
 */
public final class BulkLoadBenchmark {
  private static final String[] OWN = {NKG.ID + "graph/", NKG.ID + "doc/", NKG.ID + "mention/"};

  private BulkLoadBenchmark() {}

  public static void main(String[] args) throws IOException {
    List<ShardGraph> templates = new ArrayList<>();
    ShardReader.read(ShardReader.shards(Path.of(args[0])), g -> {
      if (g.fingerprint() != null) {
        templates.add(g);
      }
    });
    long target = Long.parseLong(args[1]);
    Path work = Files.createDirectories(Path.of(args[2]));
    List<Path> shards = writeCopies(templates, target, Files.createDirectories(work.resolve("shards")));
    long quads = countQuads(shards);
    double load = seconds(() -> new ShardLoader(Tdb2EventStore.open(work.resolve("loaded"))).load(shards, ShardLoader.Loader.PARALLEL));
    System.out.printf("load (parallel loader, new store): %d quads in %.1f s = %.0f quads/s%n", quads, load, quads / load);
    double batched = seconds(() -> storeInBatches(shards, Tdb2EventStore.open(work.resolve("batched"))));
    System.out.printf("ingest's store path (200 documents per transaction): %.1f s = %.0f quads/s; load is %.2fx faster%n",
        batched, quads / batched, batched / load);
  }

  /** Copies of the templates, each document's own IRIs made fresh, until {@code target} quads; one file per copy. */
  private static List<Path> writeCopies(List<ShardGraph> templates, long target, Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    long written = 0;
    for (int copy = 0; written < target; copy++) {
      Path file = dir.resolve(String.format("part-%05d.nq", copy));
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (ShardGraph graph : templates) {
          for (Quad quad : graph.quads()) {
            out.write(NodeFmtLib.strNQ(fresh(quad.getSubject(), copy), quad.getPredicate(), fresh(quad.getObject(), copy),
                fresh(quad.getGraph(), copy)));
            out.write('\n');
          }
          written += graph.quads().size();
        }
      }
      files.add(file);
    }
    return files;
  }

  private static Node fresh(Node node, int copy) {
    if (node.isURI()) {
      for (String own : OWN) {
        if (node.getURI().startsWith(own)) {
          return NodeFactory.createURI(own + "c" + copy + "-" + node.getURI().substring(own.length()));
        }
      }
    }
    return node;
  }

  private static long countQuads(List<Path> shards) {
    long[] count = {0};
    ShardReader.read(shards, g -> count[0] += g.quads().size());
    return count[0];
  }

  private static void storeInBatches(List<Path> shards, Tdb2EventStore store) {
    List<DocumentGraph> batch = new ArrayList<>();
    ShardReader.read(shards, g -> {
      Graph graph = GraphFactory.createDefaultGraph();
      g.quads().forEach(q -> graph.add(q.asTriple()));
      batch.add(new DocumentGraph(g.name().getURI(), g.name(), g.fingerprint(), graph));
      if (batch.size() == 200) {
        store.replace(batch);
        batch.clear();
      }
    });
    store.replace(batch);
  }

  private static double seconds(Runnable work) {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1e9;
  }
}
