package org.newskg.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newskg.Home;
import org.newskg.Settings;
import org.newskg.store.Tdb2EventStore;

/**
 * The sample corpus ({@code corpus/}) ingested by the standard stages, with real CoreNLP, into a
 * TDB2 store: what {@code ./newskg up} serves, for tests and measurements that look at it.
 */
public final class SampleCorpusStore {
  private SampleCorpusStore() {}

  /** A store in this folder holding the sample corpus; the caller closes it. */
  public static Tdb2EventStore ingest(Path folder) {
    Tdb2EventStore store = Tdb2EventStore.open(folder);
    IngestReport report = new CorpusIngest(StandardStages.create(Settings.load(Map.of())), store, 100, 2)
        .ingest(List.of(Home.path("corpus")), false, ProgressListener.NONE);
    if (!report.rejections().isEmpty() || report.stored() + report.unchanged() == 0) {
      store.close();
      throw new IllegalStateException("the sample corpus did not ingest: " + report.rejections());
    }
    return store;
  }
}
