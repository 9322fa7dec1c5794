package org.newskg.cli;

import picocli.CommandLine.Option;

/** The options of an ingest: parallelism and whether to re-read unchanged documents. */
public class IngestOptions {
  @Option(names = "--threads", paramLabel = "N", description = "Documents read in parallel (default: setting ingest.threads, auto = one per core).")
  Integer threads;

  @Option(names = "--force", description = "Re-read documents whose content is already stored (e.g. after an upgrade).")
  boolean force;
}
