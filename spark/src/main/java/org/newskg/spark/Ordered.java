package org.newskg.spark;

import java.io.Serializable;

/**
 * A line for the driver with its place in the input order: a rejection message, or a partition's
 * tally. Spark may run a task again (and add its accumulator updates again), so the driver keeps
 * one line per {@code order}.
 */
record Ordered(long order, String line) implements Serializable, Comparable<Ordered> {

  /** Input order: the file's index in the high half, the document or line within it in the low. */
  static long order(int fileIndex, int withinFile) {
    return ((long) fileIndex << 32) | withinFile;
  }

  @Override
  public int compareTo(Ordered other) {
    return Long.compare(order, other.order);
  }
}
