package org.newskg.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.newskg.Settings;
import org.newskg.ingest.CorpusReader;
import org.newskg.ingest.Document;
import org.newskg.nlp.TextAnnotator;
import org.newskg.pipeline.CorpusIngest;
import org.newskg.pipeline.ProgressListener;
import org.newskg.pipeline.Stages;
import org.newskg.store.ShardLoader;
import org.newskg.store.ShardReader;
import org.newskg.store.Tdb2EventStore;

/**
 * Spark's overhead: {@code newskg ingest --threads 2} (into a TDB2 store in memory) against
 * {@code newskg spark --master local[2]} (shards on disk), and then {@code load}, on the same
 * texts, in turn, in one JVM whose CoreNLP is loaded and warmed up first; prints each round and
 * the median ratio, and the measured cost per 1,000 tokens. Not a test: run
 * {@code java @spark/jvm.options -Xmx3g -Dnewskg.home=. -cp "spark/target/test-classes:spark/target/newskg-spark.jar:spark/target/lib/*:spark/target/spark-lib/*" org.newskg.spark.SparkBenchmark ../shared/gold/m2e2-dev/texts 3 /tmp/newskg-spark-bench}.
 */
public final class SparkBenchmark {
  private SparkBenchmark() {}

  public static void main(String[] args) throws IOException {
    List<Path> texts = List.of(Path.of(args[0]));
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path work = Files.createDirectories(Path.of(args.length > 2 ? args[2] : "/tmp/newskg-spark-bench"));
    Properties settings = Settings.load(Map.of());
    Stages stages = ExecutorPipeline.stages(settings);
    warmUp(stages, new CorpusReader().read(texts).documents());
    try (JavaSparkContext spark = new JavaSparkContext(
        new SparkConf().setMaster("local[2]").setAppName("SparkBenchmark").set("spark.ui.enabled", "false"))) {
      spark.setLogLevel("WARN");
      int partitions = Settings.intValue(settings, "spark.partitionsPerCore", 4) * spark.defaultParallelism();
      List<Double> ratios = new ArrayList<>();
      List<Double> withLoad = new ArrayList<>();
      for (int round = 1; round <= rounds; round++) {
        double ingest = seconds(() -> ingest(stages, texts));
        Path out = work.resolve("out-" + System.nanoTime());
        double sparkRun = seconds(() -> new SparkIngest(spark, settings).run(texts, out.toString(), partitions));
        double load = seconds(() -> new ShardLoader(Tdb2EventStore.open(out.resolve("store")))
            .load(ShardReader.shards(out.resolve("quads")), ShardLoader.Loader.AUTO));
        ratios.add(sparkRun / ingest);
        withLoad.add((sparkRun + load) / ingest);
        System.out.printf("round %d: ingest --threads 2 %.1f s; spark local[2] %.1f s (ratio %.3f); load %.1f s (spark + load ratio %.3f)%n",
            round, ingest, sparkRun, sparkRun / ingest, load, (sparkRun + load) / ingest);
      }
      System.out.printf("median ratio spark/ingest %.3f; (spark + load)/ingest %.3f over %d rounds, %d partitions%n",
          median(ratios), median(withLoad), rounds, partitions);
    }
  }

  private static void ingest(Stages stages, List<Path> texts) {
    try (Tdb2EventStore store = Tdb2EventStore.inMemory()) {
      new CorpusIngest(stages, store, 200, 2).ingest(texts, true, ProgressListener.NONE);
    }
  }

  /** Loads CoreNLP, runs every text once (JIT warm-up) and prints the sizes per-token costs are taken from. */
  private static void warmUp(Stages stages, List<Document> documents) {
    long start = System.nanoTime();
    TextAnnotator annotator = stages.annotator().get();
    long loaded = System.nanoTime();
    long tokens = documents.stream().mapToLong(d -> annotator.annotate(d).sentences().stream()
        .mapToLong(s -> s.tokens().size()).sum()).sum();
    long characters = documents.stream().mapToLong(d -> d.text().length()).sum();
    System.out.printf("CoreNLP load %.1f s; %d documents, %d characters, %d tokens; annotation alone, one thread: %.2f core-s per 1,000 tokens%n",
        (loaded - start) / 1e9, documents.size(), characters, tokens, (System.nanoTime() - loaded) / 1e9 / tokens * 1000);
  }

  private static double seconds(Work work) {
    long start = System.nanoTime();
    try {
      work.run();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  @FunctionalInterface
  private interface Work {
    void run() throws IOException;
  }
}
