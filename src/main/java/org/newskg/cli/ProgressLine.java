package org.newskg.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.newskg.pipeline.ProgressListener;

/**
 * One line of progress on a terminal, redrawn in place at most a few times a second: documents
 * done, the rate since the first one finished (model loading left out) and the time left at it.
 */
final class ProgressLine implements ProgressListener {
  private static final long REDRAW_NANOS = 250_000_000L;
  private final PrintWriter err;
  private final String what;
  private long firstDone;
  private int firstCount;
  private long lastDrawn;

  ProgressLine(PrintWriter err, String what) {
    this.err = err;
    this.what = what;
  }

  @Override
  public synchronized void documentDone(int done, int total) {
    long now = System.nanoTime();
    if (firstDone == 0) {
      firstDone = now;
      firstCount = done;
    }
    if (done < total && now - lastDrawn < REDRAW_NANOS) {
      return;
    }
    lastDrawn = now;
    err.print("\r" + line(done, total, now) + (done == total ? "\n" : ""));
    err.flush();
  }

  String line(int done, int total, long now) {
    double seconds = (now - firstDone) / 1e9;
    int counted = done - firstCount;
    if (counted <= 0 || seconds <= 0) {
      return String.format("%s %d/%d", what, done, total);
    }
    double rate = counted / seconds;
    return String.format("%s %d/%d  %.1f docs/s  %s left   ", what, done, total, rate,
        clock(Duration.ofSeconds(Math.round((total - done) / rate))));
  }

  static String clock(Duration left) {
    long s = left.toSeconds();
    return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
  }
}
