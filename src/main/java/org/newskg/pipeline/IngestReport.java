package org.newskg.pipeline;

import java.util.List;
import org.newskg.ingest.Rejection;

/** What an ingest did: graphs stored, documents unchanged since last time, inputs rejected. */
public record IngestReport(int stored, int unchanged, int mentions, List<Rejection> rejections) {

  public IngestReport {
    rejections = List.copyOf(rejections);
  }

  public boolean clean() {
    return rejections.isEmpty();
  }
}
