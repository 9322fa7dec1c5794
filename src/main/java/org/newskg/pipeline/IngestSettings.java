package org.newskg.pipeline;

import java.util.Properties;

/** The {@code ingest.*} settings: documents per write transaction and documents read at once. */
public final class IngestSettings {
  public static final String BATCH_SIZE = "ingest.batchSize";
  public static final String THREADS = "ingest.threads";
  /** {@code ingest.threads = auto}: one thread per core, so no core stays idle. */
  public static final String AUTO = "auto";

  private IngestSettings() {}

  public static int batchSize(Properties settings) {
    return number(settings, BATCH_SIZE, "200");
  }

  /** The number of threads, {@code auto} being the number of cores the JVM may use. */
  public static int threads(Properties settings) {
    String value = settings.getProperty(THREADS, AUTO).trim();
    return value.equals(AUTO) ? Runtime.getRuntime().availableProcessors() : number(settings, THREADS, value);
  }

  private static int number(Properties settings, String key, String fallback) {
    String value = settings.getProperty(key, fallback).trim();
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting " + key + " must be a whole number"
          + (key.equals(THREADS) ? " or auto" : "") + ", got '" + value + "'", e);
    }
  }
}
