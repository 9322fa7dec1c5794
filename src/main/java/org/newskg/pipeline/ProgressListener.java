package org.newskg.pipeline;

/** Told after each document, so a terminal can show progress; the library itself prints nothing. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = (done, total) -> {};

  void documentDone(int done, int total);
}
