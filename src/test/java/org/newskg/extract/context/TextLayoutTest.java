package org.newskg.extract.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextLayoutTest {

  private static final String TEXT = "Lead text here.\n\nSecond paragraph.\n== Events ==\nFirst under heading.\n\n"
      + "Later under heading.\n\nBox\n- Name: Siege of Nowhere\n- Date: 3–5 May 1999\n- Result: Ceasefire";

  @Test
  void blankLinesAndHeadingsSeparateParagraphs() {
    TextLayout layout = new TextLayout(TEXT);
    assertNotEquals(layout.paragraphOf(TEXT.indexOf("Lead")), layout.paragraphOf(TEXT.indexOf("Second")));
    assertNotEquals(layout.paragraphOf(TEXT.indexOf("Second")), layout.paragraphOf(TEXT.indexOf("First under")));
  }

  @Test
  void aHeadingStartsASectionThatSpansParagraphs() {
    TextLayout layout = new TextLayout(TEXT);
    assertEquals(-1, layout.sectionOf(TEXT.indexOf("Second")));
    assertTrue(layout.sameScope(TEXT.indexOf("First under"), TEXT.indexOf("Later under")));
    assertFalse(layout.sameScope(TEXT.indexOf("Lead"), TEXT.indexOf("Second")));
  }

  @Test
  void anInfoboxLineFindsTheInfoboxDate() {
    TextLayout layout = new TextLayout(TEXT);
    String date = layout.infoboxDateAt(TEXT.indexOf("Ceasefire")).orElseThrow().of(TEXT);
    assertEquals("3–5 May 1999", date);
    assertTrue(layout.infoboxDateAt(TEXT.indexOf("Lead")).isEmpty());
    assertEquals(date, layout.documentInfoboxDate().orElseThrow().of(TEXT));
  }
}
