package org.newskg.spark;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkFiles;
import org.newskg.Home;
import org.newskg.pipeline.DocumentQuads;
import org.newskg.pipeline.StandardStages;
import org.newskg.pipeline.Stages;

/**
 * The stages of this JVM, built on first use and kept for every later task: CoreNLP loads once
 * per executor JVM (on its first document), not once per task or per document.
 */
final class ExecutorPipeline {
  private static final Map<Properties, Stages> STAGES = new ConcurrentHashMap<>();

  private ExecutorPipeline() {}

  /** The stages for these settings; the same object for every task of this JVM. */
  static Stages stages(Properties settings) {
    return STAGES.computeIfAbsent(settings, StandardStages::create);
  }

  static DocumentQuads quads(Properties settings, boolean homeShipped) {
    if (homeShipped) {
      // On a cluster the driver shipped ontology/ and shapes/ with the job (SparkContext.addFile).
      System.setProperty(Home.PROPERTY, SparkFiles.getRootDirectory());
    }
    return new DocumentQuads(stages(settings));
  }
}
