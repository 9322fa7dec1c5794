package org.newskg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.ingest.CorpusReader;
import org.newskg.ingest.ReadResult;
import org.newskg.ingest.Rejection;
import org.newskg.store.EventStore;

/** Reads files and directories and ingests what they hold: the one call behind {@code newskg ingest}. */
public final class CorpusIngest {
  private final IngestPipeline pipeline;

  public CorpusIngest(Stages stages, EventStore store, int batchSize, int threads) {
    this.pipeline = new IngestPipeline(stages, store, batchSize, threads);
  }

  /** Unreadable inputs are reported alongside the documents' own rejections, in input order. */
  public IngestReport ingest(List<Path> paths, boolean force, ProgressListener progress) {
    ReadResult read = new CorpusReader().read(paths);
    IngestReport report = pipeline.ingest(read.documents(), force, progress);
    List<Rejection> rejections = new ArrayList<>(read.rejections());
    rejections.addAll(report.rejections());
    return new IngestReport(report.stored(), report.unchanged(), report.mentions(), rejections);
  }
}
