package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityKind;
import org.newskg.ingest.Span;

class InDocumentCoreferenceTest {

  private static Antecedent state(String text, String name) {
    return new Antecedent(text.indexOf(name), new Entity("http://x/" + name, name, EntityKind.STATE, null, null), null);
  }

  private static String referent(String text, String pronounContext) {
    List<Antecedent> names = List.of(state(text, "Freedonia"), state(text, "Sylvania"));
    int begin = text.indexOf(pronounContext);
    InDocumentCoreference coref = new InDocumentCoreference(names, text, List.of(
        new Span(0, text.indexOf('.') + 1), new Span(text.indexOf('.') + 2, text.length())));
    return coref.resolve(Anaphor.ORGANIZATION_OR_STATE, begin).orElseThrow().entity().label();
  }

  @Test
  void aPronounInAPreposedAdjunctPointsToTheMainClause() {
    String text = "Freedonia protested. After the retreat of its army, Sylvania closed the border.";
    assertEquals("Sylvania", referent(text, "its army"));
  }

  @Test
  void aPronounInTheMainClausePointsBack() {
    String text = "Freedonia protested. Sylvania said its army would stay, and closed the border.";
    assertEquals("Sylvania", referent(text, "its army"));
    String plain = "Freedonia protested. Its army, Sylvania said, would stay.";
    assertEquals("Freedonia", referent(plain, "Its army"));
  }

  @Test
  void aHeadingGluedToTheSentenceDoesNotHideTheAdjunct() {
    String text = "Freedonia protested. ==Reactions==\nIn reply to its move, Sylvania closed the border.";
    assertEquals("Sylvania", referent(text, "its move"));
  }
}
