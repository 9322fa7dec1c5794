package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.Document;
import org.newskg.ingest.DocumentMetadata;

class CorefChainsIT {

  @Test
  void corefChainsAreConvertedToSentenceIndexesAndOneBasedTokenSpans() {
    String text = "Yesterday the engineer Ingrid Halvorsen opened a new bridge in Tromso. "
        + "Later she thanked the workers.";
    Properties settings = new Properties();
    settings.setProperty(NlpSettings.ANNOTATORS, "tokenize,ssplit,pos,lemma,ner,depparse,coref");
    AnnotatedDocument doc = new CoreNlpAnnotator(settings)
        .annotate(new Document("c", text, new DocumentMetadata(null, null, null, null, "en"), "t"));

    CorefChain chain = doc.corefChains().stream()
        .filter(c -> c.mentions().stream().anyMatch(m -> m.text().equals("she"))).findFirst().orElseThrow();
    CorefMention she = chain.mentions().stream().filter(m -> m.text().equals("she")).findFirst().orElseThrow();
    assertEquals(1, she.sentence());
    assertEquals("she", doc.sentences().get(1).tokens().get(she.start() - 1).word());
    assertEquals(she.start() + 1, she.end());
    CorefMention representative = chain.representative();
    assertEquals(0, representative.sentence());
    assertTrue(representative.text().endsWith("Ingrid Halvorsen"), representative.text());
    assertEquals("Halvorsen", doc.sentences().get(0).tokens().get(representative.end() - 2).word());
    assertTrue(doc.corefChains().stream().allMatch(c -> c.mentions().size() > 1));
  }
}
