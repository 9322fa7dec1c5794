package org.newskg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.rdf.DocumentGraph;
import org.newskg.store.Tdb2EventStore;

/**
 * The store side of an ingest, without NLP: writing copies of the seed's document graphs into a
 * new store through {@link Tdb2EventStore#replace} (summaries included) in transactions of
 * {@code batch} documents, for each batch size given. Prints documents and quads per second.
 * Not a test: {@code java ... org.newskg.serve.StoreWriteBenchmark SEED_STORE DOCUMENTS BATCH,...}.
 */
public final class StoreWriteBenchmark {
  private StoreWriteBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchmarkStores seed = new BenchmarkStores(Path.of(args[0]));
    int documents = Integer.parseInt(args[1]);
    List<DocumentGraph> graphs = new ArrayList<>();
    for (int k = 0; graphs.size() < documents; k++) {
      graphs.addAll(seed.copy(k));
    }
    graphs = graphs.subList(0, documents);
    long quads = graphs.stream().mapToLong(g -> g.graph().size()).sum();
    for (String batch : args[2].split(",")) {
      Path folder = Files.createTempDirectory("newskg-write-" + batch + "-");
      Tdb2EventStore store = Tdb2EventStore.open(folder);
      int size = Integer.parseInt(batch);
      long start = System.nanoTime();
      for (int from = 0; from < graphs.size(); from += size) {
        store.replace(graphs.subList(from, Math.min(graphs.size(), from + size)));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("%d documents (%d quads) in transactions of %d: %.1f s, %.0f documents/s, %.0f quads/s%n",
          documents, quads, size, seconds, documents / seconds, quads / seconds);
    }
  }
}
