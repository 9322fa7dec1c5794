package org.newskg.ingest;

/** Receives documents and rejections one at a time, so a big corpus need not sit in memory. */
public interface CorpusSink {

  void accept(Document document);

  void reject(Rejection rejection);
}
