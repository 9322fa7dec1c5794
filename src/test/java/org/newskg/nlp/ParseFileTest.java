package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParseFileTest {

  private static final Sentence SENTENCE = new Sentence(3, 10, 42,
      List.of(new Token(1, "Troops", "troop", "NNS", "O", null, 10, 16),
          new Token(2, "left", "leave", "VBD", "O", null, 17, 21),
          new Token(3, "_", "_", "SYM", "O", null, 22, 23),
          new Token(4, "on 9|10 %", "on 9|10 %", "CD", "DATE", "XXXX-11-09 OFFSET=P1D", 24, 33)),
      List.of(new Dependency("nsubj", 2, 1), new Dependency("root", 0, 2), new Dependency("obl:on", 2, 4),
          new Dependency("nmod:poss", 4, 4), new Dependency("punct", 2, 3)));

  @Test
  void aSentenceReadsBackAsItWasWritten() {
    Sentence back = ParseFile.read(ParseFile.write(List.of(SENTENCE))).get(0);
    assertEquals(SENTENCE.tokens(), back.tokens());
    assertEquals(SENTENCE.index(), back.index());
    assertEquals(List.of(SENTENCE.begin(), SENTENCE.end()), List.of(back.begin(), back.end()));
  }

  @Test
  void dependenciesComeBackInTokenOrderWithRelationsKeepingTheirColons() {
    Sentence back = ParseFile.read(ParseFile.write(List.of(SENTENCE))).get(0);
    assertEquals(List.of(new Dependency("nsubj", 2, 1), new Dependency("root", 0, 2), new Dependency("punct", 2, 3),
        new Dependency("obl:on", 2, 4), new Dependency("nmod:poss", 4, 4)), back.dependencies());
  }

  @Test
  void reservedCharactersAreEncodedSoEveryTokenLineHasTenColumns() {
    String text = ParseFile.write(List.of(SENTENCE));
    text.lines().filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .forEach(l -> assertEquals(10, l.split("\t", -1).length, l));
    assertTrue(text.contains("%5F"), "an underscore token is not CoNLL-U's empty value");
  }
}
