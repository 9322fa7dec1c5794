package org.newskg.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.util.CollectionAccumulator;
import org.newskg.ingest.CorpusReader;
import org.newskg.ingest.CorpusSink;
import org.newskg.ingest.Document;
import org.newskg.ingest.Rejection;
import scala.Tuple2;

/**
 * Reads one input file on an executor with the local ingest's own reader, so every document and
 * every rejection message is the one a local ingest gives; documents come out keyed by id.
 */
final class FileReading {
  private FileReading() {}

  /** One input of the job: a file (or a path a local ingest would reject) and its place in the input order. */
  record InputFile(int index, String path) implements Serializable {}

  static Iterator<Tuple2<String, DocumentRecord>> read(InputFile file, CollectionAccumulator<Ordered> rejections) {
    List<Tuple2<String, DocumentRecord>> documents = new ArrayList<>();
    new CorpusReader().read(List.of(Path.of(file.path())), new CorpusSink() {
      private int withinFile;

      @Override
      public void accept(Document document) {
        documents.add(new Tuple2<>(document.id(), DocumentRecord.of(next(), document)));
      }

      @Override
      public void reject(Rejection rejection) {
        rejections.add(new Ordered(next(), rejection.message()));
      }

      private long next() {
        return Ordered.order(file.index(), withinFile++);
      }
    });
    return documents.iterator();
  }
}
