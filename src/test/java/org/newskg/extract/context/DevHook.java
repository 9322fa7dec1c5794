package org.newskg.extract.context;

import java.nio.file.Path;
import java.util.Map;
import org.newskg.nlp.AnnotatedDocument;

/** Scratch entry point for measuring on cached annotations (not a test). */
public final class DevHook {
  private DevHook() {}

  public static void run(Map<String, AnnotatedDocument> docs) throws Exception {
    var gold = GoldContextMeasure.readGold(Path.of("/work/shared/gold/seeds.jsonl"));
    var result = new GoldContextMeasure(new ReaderDateResolver(), new ReportingSourceAttributor(), new ClauseModalityDetector()).measure(gold, docs);
    result.errors().forEach(System.out::println);
    System.out.printf("date %.3f (%d/%d) source %.3f modality %.3f (n=%d)%n", result.dateAccuracy(), result.datesRight(),
        result.dated(), result.sourceAccuracy(), result.modalityAccuracy(), result.total());
  }
}
