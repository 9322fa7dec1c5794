package org.newskg.spark;

import java.util.List;

/** What a Spark run wrote: document graphs and their mentions, shards, and the rejected inputs in input order. */
record SparkReport(int documents, long mentions, int shards, String shardFolder, List<String> rejections,
    String rejectsFile) {

  SparkReport {
    rejections = List.copyOf(rejections);
  }
}
