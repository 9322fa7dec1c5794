package org.newskg.extract.context;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.newskg.Home;
import org.newskg.eval.GoldFile;
import org.newskg.eval.GoldMention;
import org.newskg.ingest.CorpusReader;
import org.newskg.ingest.Document;
import org.newskg.nlp.AnnotatedDocument;
import org.newskg.nlp.CoreNlpAnnotator;

/**
 * Dev measurement on the sample gold (../shared/gold over ../shared/corpus, or -Dnewskg.gold.dir):
 * date, source and modality of each gold trigger, located in the gold evidence. Skipped when the
 * gold is not there.
 */
class GoldContextDevIT {

  @Test
  void contextAccuraciesOnTheDevGold() throws Exception {
    Path shared = Path.of(System.getProperty("newskg.gold.dir", Home.path("..").resolve("shared").toString()));
    Path seeds = shared.resolve("gold/seeds.jsonl");
    assumeTrue(Files.exists(seeds), "no dev gold at " + seeds);
    List<GoldMention> gold = GoldFile.read(seeds);
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(new Properties());
    Map<String, AnnotatedDocument> docs = new HashMap<>();
    for (Document document : new CorpusReader().read(List.of(shared.resolve("corpus"))).documents()) {
      docs.put(document.id(), annotator.annotate(document));
    }
    var result = new GoldContextMeasure(new ReaderDateResolver(), new ReportingSourceAttributor(),
        new ClauseModalityDetector()).measure(gold, docs);
    System.out.printf("context dev: date %.3f (%d/%d), source %.3f, modality %.3f (n=%d)%n", result.dateAccuracy(),
        result.datesRight(), result.dated(), result.sourceAccuracy(), result.modalityAccuracy(), result.total());
    assertTrue(result.dateAccuracy() >= 0.85, "date " + result.dateAccuracy());
    assertTrue(result.sourceAccuracy() >= 0.85, "source " + result.sourceAccuracy());
    assertTrue(result.modalityAccuracy() >= 0.85, "modality " + result.modalityAccuracy());
  }
}
