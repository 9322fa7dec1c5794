package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Home;
import org.newskg.Settings;
import org.newskg.ingest.Rejection;
import org.newskg.pipeline.CorpusIngest;
import org.newskg.pipeline.IngestReport;
import org.newskg.pipeline.ProgressListener;
import org.newskg.store.LoadReport;
import org.newskg.store.ShardLoader;
import org.newskg.store.ShardReader;
import org.newskg.store.Tdb2EventStore;

/**
 * Same answers: {@code newskg spark} on Spark's local[2] master and then {@code newskg load}
 * build a store with exactly the quads of {@code newskg ingest}, on the sample corpus and the
 * 113 m2e2-dev articles; and bad inputs are rejected with the local ingest's own messages.
 * CoreNLP loads once in this JVM: the local ingest uses the executor's stages.
 */
class SparkLoadEqualityIT {
  private static final Path SHARED = Path.of(System.getProperty("newskg.shared", "../shared"));
  private static JavaSparkContext spark;
  private static Properties settings;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    settings = Settings.load(Map.of());
    spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("SparkLoadEqualityIT")
        .set("spark.ui.enabled", "false"));
    spark.setLogLevel("WARN");
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  private IngestReport ingest(List<Path> paths, Path store) {
    try (Tdb2EventStore opened = Tdb2EventStore.open(store)) {
      return new CorpusIngest(ExecutorPipeline.stages(settings), opened, 200, 2)
          .ingest(paths, false, ProgressListener.NONE);
    }
  }

  private SparkReport sparkThenLoad(List<Path> paths, Path store) throws IOException {
    SparkReport report = new SparkIngest(spark, settings).run(paths, dir.resolve("out").toString(), 8);
    LoadReport loaded = new ShardLoader(Tdb2EventStore.open(store))
        .load(ShardReader.shards(dir.resolve("out/quads")), ShardLoader.Loader.AUTO);
    assertEquals(report.documents(), loaded.loaded(), "every shard graph is loaded into the new store");
    return report;
  }

  private static Set<Quad> quads(Path store) {
    Tdb2EventStore opened = Tdb2EventStore.openForReading(store);
    return Txn.calculateRead(opened.dataset(),
        () -> opened.dataset().stream(Node.ANY, Node.ANY, Node.ANY, Node.ANY).collect(Collectors.toSet()));
  }

  @Test
  void sparkAndLoadStoreExactlyTheQuadsOfALocalIngest() throws IOException {
    Path m2e2 = SHARED.resolve("gold/m2e2-dev/texts");
    Assumptions.assumeTrue(Files.isDirectory(m2e2) || "true".equals(System.getenv("CI")), "no " + m2e2 + " beside the project");
    List<Path> corpus = List.of(Home.path("corpus"), m2e2);

    IngestReport local = ingest(corpus, dir.resolve("ingested"));
    SparkReport distributed = sparkThenLoad(corpus, dir.resolve("loaded"));

    assertEquals(115, local.stored(), local.rejections().toString());
    assertEquals(local.stored(), distributed.documents());
    assertEquals(local.mentions(), distributed.mentions());
    Set<Quad> ingested = quads(dir.resolve("ingested"));
    assertTrue(ingested.size() > 20_000, "the documents' graphs are stored: " + ingested.size());
    assertSameQuads(ingested, quads(dir.resolve("loaded")));
  }

  @Test
  void badInputsAreRejectedWithTheMessagesOfALocalIngest() throws IOException {
    Path in = dir.resolve("in");
    write(in.resolve("good.txt"), "Police arrested two protesters in Lagos on Monday.");
    write(in.resolve("empty.txt"), "");
    Files.write(in.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
    Files.write(in.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
    write(in.resolve("gamma.txt"), "Troops shelled the village of Marinka on 3 May 2015.");
    write(in.resolve("gamma.meta.json"), "{\"published\": \"yesterday\"}");
    write(in.resolve("lines.jsonl"), "{\"id\": \"good\", \"text\": \"A second good.\"}\n{broken\n"
        + "{\"id\": \"delta\", \"text\": \"Protesters marched in Nairobi.\"}\n");
    List<Path> paths = List.of(in, dir.resolve("missing.txt"));

    IngestReport local = ingest(paths, dir.resolve("ingested"));
    SparkReport distributed = sparkThenLoad(paths, dir.resolve("loaded"));

    assertEquals(7, local.rejections().size(), local.rejections().toString());
    assertEquals(Set.copyOf(local.rejections().stream().map(Rejection::message).toList()),
        Set.copyOf(distributed.rejections()));
    assertEquals(distributed.rejections(),
        Files.readAllLines(dir.resolve("out/rejects.txt")), "rejects.txt holds them in input order");
    assertEquals(local.stored(), distributed.documents());
    assertSameQuads(quads(dir.resolve("ingested")), quads(dir.resolve("loaded")));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void assertSameQuads(Set<Quad> expected, Set<Quad> actual) {
    Set<Quad> missing = new HashSet<>(expected);
    missing.removeAll(actual);
    Set<Quad> extra = new HashSet<>(actual);
    extra.removeAll(expected);
    assertTrue(missing.isEmpty() && extra.isEmpty(), "missing " + missing.size() + " " + sample(missing)
        + "\nextra " + extra.size() + " " + sample(extra));
  }

  private static String sample(Set<Quad> quads) {
    return quads.stream().limit(5).map(Quad::toString).toList().toString();
  }
}
