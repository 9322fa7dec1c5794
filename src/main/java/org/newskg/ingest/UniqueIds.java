package org.newskg.ingest;

import java.util.HashMap;
import java.util.Map;

/** Passes documents on unless their id was already read in this run: one id, one stored graph. */
final class UniqueIds implements CorpusSink {
  private final CorpusSink next;
  private final Map<String, String> firstOrigin = new HashMap<>();

  UniqueIds(CorpusSink next) {
    this.next = next;
  }

  @Override
  public void accept(Document document) {
    String first = firstOrigin.putIfAbsent(document.id(), document.origin());
    if (first == null) {
      next.accept(document);
    } else {
      next.reject(Rejection.duplicateId(document, first));
    }
  }

  @Override
  public void reject(Rejection rejection) {
    next.reject(rejection);
  }
}
