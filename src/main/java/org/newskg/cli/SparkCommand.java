package org.newskg.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newskg spark} is listed here so that {@code --help} shows it, but it runs from its own
 * module ({@code spark/}): Spark's 230 MB of jars stay out of this jar. The launcher runs it.
 */
@Command(name = "spark", description = "Run the NLP stage on Apache Spark: PATH... --out DIR [--master URL] "
    + "[--partitions N] writes N-Quads shards for newskg load (runs from the spark/ module; see README).")
public class SparkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Unmatched List<String> arguments;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("newskg: spark runs from the Spark module, not this jar: use the launcher "
        + "(./newskg spark PATH... --out DIR), or spark-submit spark/target/newskg-spark.jar (README, 'Scaling out')");
    return NewskgCommand.USAGE;
  }
}
