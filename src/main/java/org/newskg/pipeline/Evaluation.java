package org.newskg.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.system.Txn;
import org.newskg.eval.EventLines;
import org.newskg.eval.GoldFile;
import org.newskg.eval.GoldMention;
import org.newskg.eval.GoldScorer;
import org.newskg.eval.Scores;
import org.newskg.eval.SystemEvent;
import org.newskg.export.EventRows;
import org.newskg.export.EventsJsonLines;
import org.newskg.ingest.Rejection;
import org.newskg.store.Tdb2EventStore;

/**
 * Runs the whole pipeline on the gold's texts into a store in memory, exports the events exactly
 * as {@code export --format events} does, and scores them by the gold's rules: what is scored is
 * what a user gets.
 */
public final class Evaluation {
  private final Stages stages;

  public Evaluation(Stages stages) {
    this.stages = stages;
  }

  /** Scores the pipeline's events for the gold's documents; a text it rejects scores as empty. */
  public Result run(Path goldFile, Path textsDir, Set<String> onlyActions) throws IOException {
    List<GoldMention> gold = GoldFile.read(goldFile);
    List<String> docs = gold.stream().map(GoldMention::doc).distinct().toList();
    Map<String, String> texts = GoldFile.readTexts(textsDir, docs);
    List<Path> files = docs.stream().map(d -> textsDir.resolve(d + ".txt")).toList();
    try (Tdb2EventStore store = Tdb2EventStore.inMemory()) {
      IngestReport report = new CorpusIngest(stages, store, 1000, 1).ingest(files, true, ProgressListener.NONE);
      List<String> lines = eventLines(store);
      List<SystemEvent> system = lines.stream().map(EventLines::parse).toList();
      return new Result(new GoldScorer().score(gold, texts, system, onlyActions), lines, report.rejections());
    }
  }

  private static List<String> eventLines(Tdb2EventStore store) {
    return Txn.calculateRead(store.dataset(),
        () -> EventRows.read(store.dataset()).stream().map(EventsJsonLines::line).toList());
  }

  /** The scores, the event lines they were computed from, and any text the pipeline rejected. */
  public record Result(Scores scores, List<String> eventLines, List<Rejection> rejections) {}
}
