package org.newskg.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
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
 * the median ratio (wall and CPU time), and the CPU cost per 1,000 tokens. Not a test: run
 * {@code java @spark/jvm.options -Xmx3g -Dnewskg.home=. -cp "spark/target/test-classes:spark/target/newskg-spark.jar:spark/target/lib/*:spark/target/spark-lib/*" org.newskg.spark.SparkBenchmark ../shared/gold/m2e2-dev/texts 3 /tmp/newskg-spark-bench}.
 */
public final class SparkBenchmark {
  private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");
  private static final com.sun.management.OperatingSystemMXBean CPU =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private SparkBenchmark() {}

  public static void main(String[] args) throws IOException {
    List<Path> texts = List.of(Path.of(args[0]));
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path work = Files.createDirectories(Path.of(args.length > 2 ? args[2] : "/tmp/newskg-spark-bench"));
    Properties settings = Settings.load(Map.of());
    Stages stages = ExecutorPipeline.stages(settings);
    long tokens = warmUp(stages, new CorpusReader().read(texts).documents());
    try (JavaSparkContext spark = new JavaSparkContext(
        new SparkConf().setMaster("local[2]").setAppName("SparkBenchmark").set("spark.ui.enabled", "false"))) {
      spark.setLogLevel("WARN");
      int partitions = Settings.intValue(settings, "spark.partitionsPerCore", 16) * spark.defaultParallelism();
      List<Double> ratios = new ArrayList<>();
      List<Double> withLoad = new ArrayList<>();
      List<Double> cpuRatios = new ArrayList<>();
      for (int round = 1; round <= rounds; round++) {
        double[] ingest = seconds(() -> ingest(stages, texts));
        Path out = work.resolve("out-" + System.nanoTime());
        double[] sparkRun = seconds(() -> new SparkIngest(spark, settings).run(texts, out.toString(), partitions));
        double[] load = seconds(() -> new ShardLoader(Tdb2EventStore.open(out.resolve("store")))
            .load(ShardReader.shards(out.resolve("quads")), ShardLoader.Loader.AUTO));
        ratios.add(sparkRun[0] / ingest[0]);
        withLoad.add((sparkRun[0] + load[0]) / ingest[0]);
        cpuRatios.add(sparkRun[1] / ingest[1]);
        System.out.printf("round %d: ingest --threads 2 %.1f s (%.1f cpu-s, %.3f cpu-s per 1,000 tokens); "
            + "spark local[2] %.1f s (%.1f cpu-s), ratio %.3f (cpu %.3f); load %.1f s, (spark + load)/ingest %.3f%n",
            round, ingest[0], ingest[1], ingest[1] / tokens * 1000, sparkRun[0], sparkRun[1], sparkRun[0] / ingest[0],
            sparkRun[1] / ingest[1], load[0], (sparkRun[0] + load[0]) / ingest[0]);
      }
      System.out.printf("median ratio spark/ingest %.3f (cpu %.3f); (spark + load)/ingest %.3f; %d rounds, %d partitions%n",
          median(ratios), median(cpuRatios), median(withLoad), rounds, partitions);
    }
  }

  private static void ingest(Stages stages, List<Path> texts) {
    try (Tdb2EventStore store = Tdb2EventStore.inMemory()) {
      new CorpusIngest(stages, store, 200, 2).ingest(texts, true, ProgressListener.NONE);
    }
  }

  /** Loads CoreNLP, reads a few texts (JIT warm-up) and prints the sizes per-token costs are taken from. */
  private static long warmUp(Stages stages, List<Document> documents) {
    long start = System.nanoTime();
    TextAnnotator annotator = stages.annotator().get();
    documents.stream().limit(10).forEach(annotator::annotate);
    long tokens = documents.stream().mapToLong(d -> TOKEN.matcher(d.text()).results().count()).sum();
    long characters = documents.stream().mapToLong(d -> d.text().length()).sum();
    System.out.printf("CoreNLP load and warm-up %.1f s; %d documents, %d characters, about %d tokens (words and punctuation marks)%n",
        (System.nanoTime() - start) / 1e9, documents.size(), characters, tokens);
    return tokens;
  }

  /** Wall seconds, and this JVM's CPU seconds (all threads): the machine is shared, CPU time is what a cluster pays for. */
  private static double[] seconds(Work work) {
    long start = System.nanoTime();
    long cpu = CPU.getProcessCpuTime();
    try {
      work.run();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new double[] {(System.nanoTime() - start) / 1e9, (CPU.getProcessCpuTime() - cpu) / 1e9};
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
