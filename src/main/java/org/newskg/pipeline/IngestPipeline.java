package org.newskg.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newskg.ingest.Document;
import org.newskg.ingest.Rejection;
import org.newskg.pipeline.DocumentProcessor.Outcome;
import org.newskg.rdf.DocumentGraph;
import org.newskg.store.EventStore;

/**
 * Ingests documents into a store: skips those whose content is already stored, runs the others
 * through the stages (on {@code threads} threads), and writes the conforming graphs in batches of
 * {@code batchSize} documents per transaction. One bad document never stops the others, and a
 * rejected document leaves what is stored for it untouched.
 */
public final class IngestPipeline {
  private final DocumentProcessor processor;
  private final EventStore store;
  private final int batchSize;
  private final int threads;

  public IngestPipeline(Stages stages, EventStore store, int batchSize, int threads) {
    this.processor = new DocumentProcessor(stages);
    this.store = store;
    this.batchSize = Math.max(1, batchSize);
    this.threads = Math.max(1, threads);
  }

  public IngestReport ingest(List<Document> documents, boolean force, ProgressListener progress) {
    Run run = new Run(documents.size(), progress);
    List<Document> toProcess = new ArrayList<>();
    for (Document document : documents) {
      if (run.isDuplicate(document)) {
        continue;
      }
      if (!force && document.contentHash().equals(store.storedHash(document.id()))) {
        run.unchanged++;
        run.step();
      } else {
        toProcess.add(document);
      }
    }
    processAll(toProcess, run);
    run.flush();
    return new IngestReport(run.stored, run.unchanged, run.mentions, run.rejections);
  }

  private void processAll(List<Document> documents, Run run) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      documents.forEach(d -> futures.add(pool.submit(() -> processor.process(d))));
      for (int i = 0; i < futures.size(); i++) {
        run.accept(documents.get(i), await(futures.get(i), documents.get(i)));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Outcome await(Future<Outcome> future, Document document) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.rejected(new Rejection(document.origin(), "interrupted"));
    } catch (ExecutionException e) {
      return Outcome.rejected(new Rejection(document.origin(), "internal error: " + e.getCause()));
    }
  }

  /** The running tallies of one ingest, and the batch not yet written. */
  private final class Run {
    final int total;
    final ProgressListener progress;
    final Map<String, String> originById = new HashMap<>();
    final List<Rejection> rejections = new ArrayList<>();
    final List<DocumentGraph> batch = new ArrayList<>();
    final List<Document> batchDocuments = new ArrayList<>();
    int done;
    int stored;
    int unchanged;
    int mentions;

    Run(int total, ProgressListener progress) {
      this.total = total;
      this.progress = progress;
    }

    boolean isDuplicate(Document document) {
      String earlier = originById.putIfAbsent(document.id(), document.origin());
      if (earlier == null) {
        return false;
      }
      rejections.add(new Rejection(document.origin(), "duplicate document id '" + document.id() + "' (also " + earlier + ")"));
      step();
      return true;
    }

    void accept(Document document, Outcome outcome) {
      if (outcome.rejection() != null) {
        rejections.add(outcome.rejection());
      } else {
        batch.add(outcome.graph());
        batchDocuments.add(document);
        if (batch.size() >= batchSize) {
          flush();
        }
      }
      step();
    }

    void flush() {
      if (batch.isEmpty()) {
        return;
      }
      try {
        store.replace(batch);
        stored += batch.size();
        mentions += batch.stream().mapToInt(g -> MentionCount.of(g.graph())).sum();
      } catch (RuntimeException e) {
        // The transaction was aborted: nothing of this batch is stored, nothing earlier is lost.
        batchDocuments.forEach(d -> rejections.add(new Rejection(d.origin(), "store failed: " + e.getMessage())));
      }
      batch.clear();
      batchDocuments.clear();
    }

    void step() {
      progress.documentDone(++done, total);
    }
  }
}
