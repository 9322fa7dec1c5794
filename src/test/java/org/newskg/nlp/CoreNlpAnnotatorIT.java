package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.Document;
import org.newskg.ingest.DocumentMetadata;

class CoreNlpAnnotatorIT {

  @Test
  void offsetsIndexTheTextAndTimesAnchorOnThePublishedDate() {
    String text = "The rebels shelled the port of Odesa last Friday. Officials said the army retreated.";
    var meta = new DocumentMetadata(null, LocalDate.of(2024, 3, 13), null, null, null);
    AnnotatedDocument doc = new CoreNlpAnnotator(new Properties()).annotate(new Document("d", text, meta, "t"));

    assertEquals(2, doc.sentences().size());
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        assertEquals(t.word(), text.substring(t.begin(), t.end()));
      }
    }
    Token friday = doc.sentences().get(0).tokens().stream().filter(t -> t.word().equals("Friday")).findFirst().orElseThrow();
    assertEquals("2024-03-08", friday.normalized());
    assertTrue(doc.sentences().get(0).dependencies().stream().anyMatch(d -> d.relation().equals("nsubj")));
    assertTrue(doc.corefChains().isEmpty(), "no coref annotator, no chains");
  }

  @Test
  void withParseOnlyCandidatesOnlyPickedSentencesAreParsedAndAllKeepEntitiesAndDates() {
    String text = "The weather was mild in Odesa last Friday. Officials said the army retreated.";
    var meta = new DocumentMetadata(null, LocalDate.of(2024, 3, 13), null, null, null);
    Properties settings = new Properties();
    settings.setProperty(NlpSettings.PARSE_ONLY_CANDIDATES, "true");
    ParseSelection retreats = tokens -> tokens.stream().anyMatch(t -> "retreat".equals(t.lemma()));
    AnnotatedDocument doc = new CoreNlpAnnotator(settings, retreats).annotate(new Document("d", text, meta, "t"));

    Sentence weather = doc.sentences().get(0);
    assertTrue(weather.dependencies().isEmpty(), "not a candidate, not parsed");
    assertTrue(weather.tokens().stream().anyMatch(t -> "2024-03-08".equals(t.normalized())), "dates still read");
    assertTrue(weather.tokens().stream().anyMatch(t -> t.word().equals("Odesa") && !t.ner().equals("O")));
    assertTrue(doc.sentences().get(1).dependencies().stream().anyMatch(d -> d.relation().equals("nsubj")));
  }
}
