package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.newskg.ingest.Rejection;
import org.newskg.pipeline.CorpusIngest;
import org.newskg.pipeline.IngestReport;
import org.newskg.pipeline.IngestSettings;
import org.newskg.pipeline.ProgressListener;
import org.newskg.pipeline.StandardStages;
import org.newskg.store.EventStore;

/** Runs an ingest for {@code ingest} and {@code up}, and prints its report. */
final class Ingesting {
  private Ingesting() {}

  static IngestReport run(List<Path> paths, EventStore store, IngestOptions options, Properties settings,
      PrintWriter out, PrintWriter err) {
    int threads = options.threads != null ? options.threads : IngestSettings.threads(settings);
    CorpusIngest ingest = new CorpusIngest(StandardStages.create(settings), store,
        IngestSettings.batchSize(settings), threads);
    IngestReport report = ingest.ingest(paths, options.force, progress(err));
    for (Rejection rejection : report.rejections()) {
      err.println("rejected " + rejection.message());
    }
    out.printf("stored %d document(s) with %d event mention(s); %d unchanged; %d rejected%n",
        report.stored(), report.mentions(), report.unchanged(), report.rejections().size());
    out.flush();
    err.flush();
    return report;
  }

  // Progress redraws one line on a terminal; piped output (CI, scripts) stays quiet.
  private static ProgressListener progress(PrintWriter err) {
    return System.console() == null ? ProgressListener.NONE : new ProgressLine(err, "ingest");
  }
}
