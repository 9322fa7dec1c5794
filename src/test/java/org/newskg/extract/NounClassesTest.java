package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

class NounClassesTest {

  // "Troops entered Zarvinsk Oblast near the Zarvinsk Union": both names tagged ORGANIZATION.
  private static final String[][] WORDS = {
      {"Troops", "troop", "NNS", "O"}, {"entered", "enter", "VBD", "O"},
      {"Zarvinsk", "Zarvinsk", "NNP", "ORGANIZATION"}, {"Oblast", "Oblast", "NNP", "ORGANIZATION"},
      {"near", "near", "IN", "O"}, {"the", "the", "DT", "O"},
      {"Zarvinsk", "Zarvinsk", "NNP", "ORGANIZATION"}, {"Union", "Union", "NNP", "ORGANIZATION"}};

  private final ParseView parse = new ParseView(sentence());
  private final NounClasses nouns = new NounClasses(null, "Zarvinsk Oblast"::equals);

  private static Sentence sentence() {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String[] w : WORDS) {
      tokens.add(new Token(tokens.size() + 1, w[0], w[1], w[2], w[3], null, at, at + w[0].length()));
      at += w[0].length() + 1;
    }
    List<Dependency> deps = List.of(new Dependency("root", 0, 2), new Dependency("nsubj", 2, 1),
        new Dependency("compound", 4, 3), new Dependency("obj", 2, 4), new Dependency("compound", 8, 7),
        new Dependency("det", 8, 6), new Dependency("case", 8, 5), new Dependency("obl:near", 2, 8));
    return new Sentence(0, 0, at, tokens, deps);
  }

  private Token token(int index) {
    return parse.sentence().tokens().get(index - 1);
  }

  @Test
  void anOrganisationByNerThatIsAKnownDivisionIsAPlace() {
    assertTrue(nouns.isPlace(parse, token(4)));
    assertTrue(nouns.isNamedPlace(parse, token(4)));
    assertFalse(nouns.isOrganisation(parse, token(4)));
    assertEquals(EntityKind.PLACE, new Participants(nouns).kindOf(parse, token(4)));
  }

  @Test
  void otherOrganisationsStayOrganisations() {
    assertFalse(nouns.isPlace(parse, token(8)));
    assertTrue(nouns.isOrganisation(parse, token(8)));
    assertEquals(EntityKind.ORGANIZATION, new Participants(nouns).kindOf(parse, token(8)));
    assertFalse(new NounClasses(null).isPlace(parse, token(4)));
  }
}
