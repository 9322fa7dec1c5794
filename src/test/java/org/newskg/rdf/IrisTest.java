package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityKind;

class IrisTest {

  @Test
  void slugFoldsDiacriticsAndPunctuation() {
    assertEquals("kherson-oblast-ukraina", Iris.slug("  Kherson Oblast, Ukraïna! "));
    assertEquals("unnamed", Iris.slug("—"));
  }

  @Test
  void unknownStateIsAnActor() {
    assertEquals("http://newskg.org/id/actor/freedonia", Iris.unknownEntity(EntityKind.STATE, "Freedonia"));
    assertEquals("http://newskg.org/id/person/ana-lopez", Iris.unknownEntity(EntityKind.PERSON, "Ana López"));
  }

  @Test
  void unsafeDocIdIsEncoded() {
    assertEquals("http://newskg.org/id/doc/a+b%2Fc", Iris.document("a b/c"));
  }

  @Test
  void intervalBoundsTakeFirstAndLastDay() {
    DateBounds bounds = DateBounds.of("2022-02/2022").orElseThrow();
    assertEquals("2022-02-01", bounds.earliest().toString());
    assertEquals("2022-12-31", bounds.latest().toString());
    assertEquals(Optional.empty(), DateBounds.of("2022-13"));
  }
}
