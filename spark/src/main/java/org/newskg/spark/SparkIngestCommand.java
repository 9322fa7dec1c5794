package org.newskg.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.newskg.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg spark}: the NLP stage on Apache Spark, N-Quads shards for {@code newskg load} out. */
@Command(name = "newskg spark", mixinStandardHelpOptions = true,
    description = "Run the documents of PATH... through the ingest stages on Spark and write one N-Quads shard per "
        + "partition (DIR/quads/part-NNNNN) and the rejected inputs (DIR/rejects.txt); load them with newskg load DIR/quads.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {" 0:ok", " 1:some input rejected (see DIR/rejects.txt)", " 2:usage", " 3:internal failure"})
public class SparkIngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files or directories (.txt + .meta.json, .jsonl), at the same path on every executor.")
  List<Path> paths;
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (a path, file: or hdfs: URI).")
  String out;
  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (local[N], spark://host:7077, yarn, k8s://...); default: spark-submit's, else local[*].")
  String master;
  @Option(names = "--partitions", paramLabel = "N",
      description = "Partitions (= shards); default: setting spark.partitionsPerCore times the cluster's cores.")
  Integer partitions;
  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a setting of newskg.properties; repeatable.")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Override
  public Integer call() throws IOException {
    Properties settings = Settings.load(overrides);
    try (JavaSparkContext spark = new JavaSparkContext(conf())) {
      spark.setLogLevel(settings.getProperty("spark.logLevel", "WARN"));
      int parts = partitions != null ? partitions
          : Settings.intValue(settings, "spark.partitionsPerCore", 16) * spark.defaultParallelism();
      SparkReport report = new SparkIngest(spark, settings).run(paths, out, parts);
      return print(report, spec.commandLine().getOut(), spec.commandLine().getErr());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private SparkConf conf() {
    SparkConf conf = new SparkConf().setAppName("newskg spark");
    if (master != null) {
      conf.setMaster(master);
    }
    conf.setIfMissing("spark.master", "local[*]");
    conf.setIfMissing("spark.ui.enabled", "false");
    return conf;
  }

  private static int print(SparkReport report, PrintWriter out, PrintWriter err) {
    report.rejections().forEach(r -> err.println("rejected " + r));
    out.printf("wrote %d document graph(s) with %d event mention(s) in %d shard(s) to %s; %d rejected (%s)%n",
        report.documents(), report.mentions(), report.shards(), report.shardFolder(), report.rejections().size(),
        report.rejectsFile());
    out.flush();
    err.flush();
    return report.rejections().isEmpty() ? 0 : 1;
  }

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new SparkIngestCommand());
    cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
      commandLine.getErr().println("newskg spark: internal failure: " + e);
      return 3;
    });
    System.exit(cli.execute(args));
  }
}
