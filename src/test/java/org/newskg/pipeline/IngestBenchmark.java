package org.newskg.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newskg.Settings;
import org.newskg.ingest.CorpusReader;
import org.newskg.ingest.Document;
import org.newskg.store.Tdb2EventStore;

/**
 * Ingest speed: milliseconds per document and per 1,000 characters, whole pipeline (CoreNLP,
 * extraction, resolution, graph, SHACL, TDB2 in memory), after a warm-up pass. Not a test: run
 * {@code java -cp "target/test-classes:target/newskg.jar:target/lib/*" org.newskg.pipeline.IngestBenchmark corpus 5}.
 */
public final class IngestBenchmark {
  private IngestBenchmark() {}

  public static void main(String[] args) {
    List<Document> documents = new CorpusReader().read(List.of(Path.of(args[0]))).documents();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    long characters = documents.stream().mapToLong(d -> d.text().length()).sum();
    long loadStart = System.nanoTime();
    Stages stages = StandardStages.create(Settings.load(Map.of()));
    stages.annotator().get();
    System.out.printf("load: %.1f s%n", (System.nanoTime() - loadStart) / 1e9);
    round(stages, documents);
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      round(stages, documents);
    }
    double ms = (System.nanoTime() - start) / 1e6 / rounds;
    System.out.printf("%d documents, %d characters: %.0f ms per document, %.0f ms per 1,000 characters (mean of %d rounds)%n",
        documents.size(), characters, ms / documents.size(), ms * 1000 / characters, rounds);
  }

  private static void round(Stages stages, List<Document> documents) {
    try (Tdb2EventStore store = Tdb2EventStore.inMemory()) {
      new IngestPipeline(stages, store, 100, 1).ingest(documents, true, ProgressListener.NONE);
    }
  }
}
