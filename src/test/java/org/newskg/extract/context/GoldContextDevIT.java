package org.newskg.extract.context;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.newskg.Home;
import org.newskg.ingest.Document;
import org.newskg.ingest.DocumentMetadata;
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
    List<JsonObject> gold = GoldContextMeasure.readGold(seeds);
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(new Properties());
    Map<String, AnnotatedDocument> docs = new HashMap<>();
    for (JsonObject g : gold) {
      String id = g.get("doc").getAsString();
      if (!docs.containsKey(id)) {
        docs.put(id, annotator.annotate(document(shared.resolve("corpus"), id)));
      }
    }
    var result = new GoldContextMeasure(new ReaderDateResolver(), new ReportingSourceAttributor(),
        new ClauseModalityDetector()).measure(gold, docs);
    System.out.printf("context dev: date %.3f (%d/%d), source %.3f, modality %.3f (n=%d)%n", result.dateAccuracy(),
        result.datesRight(), result.dated(), result.sourceAccuracy(), result.modalityAccuracy(), result.total());
    assertTrue(result.dateAccuracy() >= 0.85, "date " + result.dateAccuracy());
    assertTrue(result.sourceAccuracy() >= 0.85, "source " + result.sourceAccuracy());
    assertTrue(result.modalityAccuracy() >= 0.85, "modality " + result.modalityAccuracy());
  }

  private static Document document(Path corpus, String id) throws Exception {
    String text = Files.readString(corpus.resolve(id + ".txt"));
    Path meta = corpus.resolve(id + ".meta.json");
    LocalDate published = null;
    if (Files.exists(meta)) {
      JsonObject m = JsonParser.parseString(Files.readString(meta)).getAsJsonObject();
      published = m.has("published") ? LocalDate.parse(m.get("published").getAsString()) : null;
    }
    return new Document(id, text, new DocumentMetadata(null, published, null, null, "en"), id);
  }
}
