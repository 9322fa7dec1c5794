package org.newskg.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.newskg.Home;
import org.newskg.ingest.CorpusReader;
import org.newskg.spark.FileReading.InputFile;

/**
 * {@code newskg spark} as a Spark job: the input files are read on the executors with the local
 * reader, documents are spread over the partitions by id (which also finds ids read twice), each
 * partition runs the ingest's document work ({@link org.newskg.pipeline.DocumentQuads}) and is
 * written as one N-Quads shard; rejections come back to the driver for {@code rejects.txt}.
 */
public final class SparkIngest {
  private final JavaSparkContext spark;
  private final Properties settings;

  public SparkIngest(JavaSparkContext spark, Properties settings) {
    this.spark = spark;
    this.settings = settings;
  }

  /** Runs the job on {@code paths} into {@code out}; the paths must be readable at the same place on every executor. */
  public SparkReport run(List<Path> paths, String out, int partitions) throws IOException {
    OutputFolder folder = OutputFolder.at(out, spark.hadoopConfiguration());
    List<InputFile> files = inputFiles(paths);
    boolean homeShipped = shipHome();
    CollectionAccumulator<Ordered> rejections = spark.sc().collectionAccumulator("newskg rejections");
    CollectionAccumulator<Ordered> tallies = spark.sc().collectionAccumulator("newskg tallies");
    JavaRDD<String> graphs = spark.parallelize(files, Math.max(1, Math.min(files.size(), partitions)))
        .flatMapToPair(file -> FileReading.read(file, rejections))
        .groupByKey(partitions)
        .mapPartitionsWithIndex(new PartitionWork(settings, homeShipped, rejections, tallies), false);
    save(graphs, folder.shards());
    List<String> rejected = oncePerOrder(rejections.value());
    folder.writeRejects(rejected);
    return report(oncePerOrder(tallies.value()), partitions, folder, rejected);
  }

  private static List<InputFile> inputFiles(List<Path> paths) {
    List<Path> files = CorpusReader.inputFiles(paths);
    return IntStream.range(0, files.size()).mapToObj(i -> new InputFile(i, files.get(i).toString())).toList();
  }

  /** A cluster's executors may not see the project folder: ontology/ and shapes/ travel with the job. */
  private boolean shipHome() {
    if (spark.isLocal()) {
      return false;
    }
    spark.sc().addFile(Home.path("ontology").toAbsolutePath().toString(), true);
    spark.sc().addFile(Home.path("shapes").toAbsolutePath().toString(), true);
    return true;
  }

  private void save(JavaRDD<String> graphs, String shards) {
    if (Boolean.parseBoolean(settings.getProperty("spark.compressShards", "false"))) {
      graphs.saveAsTextFile(shards, GzipCodec.class);
    } else {
      graphs.saveAsTextFile(shards);
    }
  }

  /** The lines in input order, one per order: a task Spark ran twice added its lines twice. */
  private static List<String> oncePerOrder(Collection<Ordered> lines) {
    TreeMap<Long, String> byOrder = new TreeMap<>();
    lines.forEach(line -> byOrder.putIfAbsent(line.order(), line.line()));
    return List.copyOf(byOrder.values());
  }

  private static SparkReport report(List<String> tallies, int partitions, OutputFolder folder, List<String> rejected) {
    int documents = 0;
    long mentions = 0;
    for (String tally : tallies) {
      String[] counts = tally.split(" ");
      documents += Integer.parseInt(counts[0]);
      mentions += Long.parseLong(counts[1]);
    }
    return new SparkReport(documents, mentions, partitions, folder.shards(), rejected, folder.rejects());
  }
}
