package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void caseDiacriticsAndApostrophesDoNotSeparateSpellings() {
    assertEquals("novarska oblast", Names.normalize("Nóvars’ka  Oblast"));
    assertEquals("novarsk", Names.normalize("NOVARSK"));
  }

  @Test
  void possessiveAndLeadingArticleAreDropped() {
    assertEquals("freedonia forces", Names.key("the Freedonia's forces"));
    assertEquals("kremlinovo", Names.key("The Kremlinovo"));
  }

  @Test
  void slugsAreUrlSafe() {
    assertEquals("jane-o-doe-jr", Names.slug("Jane O. Doe, Jr."));
    assertEquals(Names.slug("Площа"), Names.slug("площа"));
    assertTrue(Names.slug("Площа").matches("name-[0-9a-f]+"));
  }
}
