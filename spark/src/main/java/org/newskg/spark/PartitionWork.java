package org.newskg.spark;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.util.CollectionAccumulator;
import org.newskg.ingest.Rejection;
import org.newskg.pipeline.DocumentQuads;
import scala.Tuple2;

/**
 * The work of one partition: each document through the stages as {@code newskg ingest} runs it,
 * giving its graph as one block of N-Quads lines; rejections (and a document whose id was read
 * earlier from another input, as a local ingest reports it) go to the driver. Lazy: one document
 * at a time, however big the partition.
 */
final class PartitionWork implements Function2<Integer, Iterator<Tuple2<String, Iterable<DocumentRecord>>>, Iterator<String>> {
  private static final long serialVersionUID = 1L;
  private final Properties settings;
  private final boolean homeShipped;
  private final CollectionAccumulator<Ordered> rejections;
  private final CollectionAccumulator<Ordered> tallies;

  PartitionWork(Properties settings, boolean homeShipped, CollectionAccumulator<Ordered> rejections,
      CollectionAccumulator<Ordered> tallies) {
    this.settings = settings;
    this.homeShipped = homeShipped;
    this.rejections = rejections;
    this.tallies = tallies;
  }

  @Override
  public Iterator<String> call(Integer partition, Iterator<Tuple2<String, Iterable<DocumentRecord>>> byId) {
    DocumentQuads quads = ExecutorPipeline.quads(settings, homeShipped);
    Tally tally = new Tally(partition);
    Stream<String> graphs = StreamSupport.stream(Spliterators.spliteratorUnknownSize(byId, 0), false)
        .flatMap(group -> process(quads, group._2(), tally));
    return tally.reportWhenDone(graphs.iterator());
  }

  /** The first document read with this id is processed; any other is rejected as a duplicate. */
  private Stream<String> process(DocumentQuads quads, Iterable<DocumentRecord> sameId, Tally tally) {
    List<DocumentRecord> records = StreamSupport.stream(sameId.spliterator(), false)
        .sorted(Comparator.comparingLong(DocumentRecord::order)).toList();
    DocumentRecord first = records.get(0);
    records.stream().skip(1).forEach(later ->
        reject(later.order(), Rejection.duplicateId(later.document(), first.origin())));
    DocumentQuads.Result result = quads.apply(first.document());
    if (!result.stored()) {
      reject(first.order(), result.rejection());
      return Stream.empty();
    }
    tally.add(result.mentions());
    return Stream.of(String.join("\n", result.nquads()));
  }

  private void reject(long order, Rejection rejection) {
    rejections.add(new Ordered(order, rejection.message()));
  }

  /** Documents stored and mentions found in one partition, told to the driver once the partition is written. */
  private final class Tally {
    private final int partition;
    private int documents;
    private long mentions;
    private boolean told;

    Tally(int partition) {
      this.partition = partition;
    }

    void add(int documentMentions) {
      documents++;
      mentions += documentMentions;
    }

    Iterator<String> reportWhenDone(Iterator<String> graphs) {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          boolean more = graphs.hasNext();
          if (!more && !told) {
            told = true;
            tallies.add(new Ordered(partition, documents + " " + mentions));
          }
          return more;
        }

        @Override
        public String next() {
          return graphs.next();
        }
      };
    }
  }
}
