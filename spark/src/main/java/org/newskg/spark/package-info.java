/** The NLP stage of newskg as an Apache Spark job: a corpus in, N-Quads shards and rejections out, for newskg load. */
package org.newskg.spark;
