package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityKind;
import org.newskg.extract.EventMention;
import org.newskg.extract.Participant;
import org.newskg.ingest.Document;
import org.newskg.ingest.DocumentMetadata;
import org.newskg.nlp.AnnotatedDocument;
import org.newskg.nlp.CorefChain;
import org.newskg.nlp.CorefMention;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

class CorefChainAntecedentsTest {

  // Tokens 1-2 "Gray House", 4 "Sylvania", 8 "it"; the nearest state before "it" is Sylvania.
  private static final String TEXT = "Gray House warned Sylvania , and later it said troops left";

  private final DefaultEntityResolver resolver = Fixtures.resolver();

  private static AnnotatedDocument annotated(List<CorefChain> chains) {
    List<Token> tokens = new ArrayList<>();
    int begin = 0;
    for (String word : TEXT.split(" ")) {
      String pos = Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
      String ner = word.equals("Sylvania") ? "COUNTRY" : "O";
      tokens.add(new Token(tokens.size() + 1, word, word, pos, ner, null, begin, begin + word.length()));
      begin += word.length() + 1;
    }
    Document document = new Document("d1", TEXT, new DocumentMetadata(null, null, null, null, "en"), null);
    return new AnnotatedDocument(document, List.of(new Sentence(0, 0, TEXT.length(), tokens, List.of())), chains);
  }

  private String actorOfIt(List<CorefChain> chains) {
    Participant it = Fixtures.participant("it", TEXT.indexOf(" it ") + 1, EntityKind.OTHER);
    EventMention mention = Fixtures.mention("d1", 0, "withdraw", null, List.of(it), List.of());
    return resolver.resolve(annotated(chains), List.of(mention)).get(0).actors().get(0).entity().iri();
  }

  @Test
  void withoutChainsAPronounTakesTheNearestCompatibleName() {
    assertEquals("http://newskg.org/id/actor/sylvania", actorOfIt(List.of()));
  }

  @Test
  void aChainWithAProperNameRepresentativeWinsOverTheNearestName() {
    CorefMention grayHouse = new CorefMention(0, 1, 3, "Gray House");
    CorefChain chain = new CorefChain(grayHouse, List.of(grayHouse, new CorefMention(0, 8, 9, "it")));
    assertEquals("http://newskg.org/id/actor/freedonia", actorOfIt(List.of(chain)));
  }

  @Test
  void aChainWhoseRepresentativeIsNoProperNameIsIgnored() {
    CorefMention troops = new CorefMention(0, 10, 11, "troops");
    CorefChain chain = new CorefChain(troops, List.of(new CorefMention(0, 8, 9, "it"), troops));
    assertEquals("http://newskg.org/id/actor/sylvania", actorOfIt(List.of(chain)));
  }
}
