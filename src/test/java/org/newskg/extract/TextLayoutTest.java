package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextLayoutTest {

  private static final String TEXT = """
      = Siege of Gao =

      Infobox
      - Date: 3–5 May 2019
      - Location: Northern Mali
      - Outcome: Capture of Gao by the rebels

      The rebels entered the town on a Friday morning and
      held it for two days.

      ==See also==
      - Battle of Timbuktu
      """;

  private static final String SECTIONS = "Lead text here.\n\nSecond paragraph.\n== Events ==\nFirst under heading.\n\n"
      + "Later under heading.\n\nBox\n- Name: Siege of Nowhere\n- Date: 3–5 May 1999\n- Result: Ceasefire";

  @Test
  void headingsInfoboxLinesAndNavigationListsAreMaskedButProseIsNot() {
    TextLayout layout = TextLayout.of(TEXT);
    assertTrue(layout.isMasked(TEXT.indexOf("Siege")));
    assertTrue(layout.isMasked(TEXT.indexOf("Northern")));
    assertTrue(layout.isMasked(TEXT.indexOf("See also")));
    assertTrue(layout.isMasked(TEXT.indexOf("Battle of Timbuktu")));
    assertFalse(layout.isMasked(TEXT.indexOf("entered")));
  }

  @Test
  void aHardWrappedProseLineIsNoTitleButAStandaloneShortLineIs() {
    String text = "Short title line\n\nThe rebels entered the town on a Friday morning and\nheld it.\n";
    TextLayout layout = TextLayout.of(text);
    assertTrue(layout.isMasked(0));
    assertFalse(layout.isMasked(text.indexOf("The rebels")));
  }

  @Test
  void infoboxFieldsKeepTheirValueSpans() {
    TextLayout.Field outcome = TextLayout.of(TEXT).infoboxes().get(0).get("outcome");
    assertEquals("Capture of Gao by the rebels", outcome.value());
    assertEquals(outcome.value(), outcome.valueSpan().of(TEXT));
  }

  @Test
  void fieldLinesWithoutAnInfoboxLineAreNoInfoboxAndStayProse() {
    TextLayout layout = TextLayout.of(SECTIONS);
    assertTrue(layout.infoboxes().isEmpty());
    assertFalse(layout.isMasked(SECTIONS.indexOf("Ceasefire")));
  }

  @Test
  void markdownHeadingsAreMaskedAndOpenNavigationSections() {
    String text = "Some prose that reports a fact here, in a whole sentence.\n# See also\n- A linked article\n";
    TextLayout layout = TextLayout.of(text);
    assertTrue(layout.isMasked(text.indexOf("See also")));
    assertTrue(layout.isMasked(text.indexOf("A linked")));
    assertEquals(0, layout.sectionOf(text.indexOf("A linked")));
  }

  @Test
  void blankLinesAndHeadingsSeparateParagraphs() {
    TextLayout layout = TextLayout.of(SECTIONS);
    assertNotEquals(layout.paragraphOf(SECTIONS.indexOf("Lead")), layout.paragraphOf(SECTIONS.indexOf("Second")));
    assertNotEquals(layout.paragraphOf(SECTIONS.indexOf("Second")), layout.paragraphOf(SECTIONS.indexOf("First under")));
  }

  @Test
  void aHeadingStartsASectionThatSpansParagraphs() {
    TextLayout layout = TextLayout.of(SECTIONS);
    assertEquals(-1, layout.sectionOf(SECTIONS.indexOf("Second")));
    assertTrue(layout.sameScope(SECTIONS.indexOf("First under"), SECTIONS.indexOf("Later under")));
    assertFalse(layout.sameScope(SECTIONS.indexOf("Lead"), SECTIONS.indexOf("Second")));
  }

  @Test
  void aFieldLineFindsTheDateOfItsRunOfFields() {
    TextLayout layout = TextLayout.of(SECTIONS);
    String date = layout.infoboxDateAt(SECTIONS.indexOf("Ceasefire")).orElseThrow().of(SECTIONS);
    assertEquals("3–5 May 1999", date);
    assertTrue(layout.infoboxDateAt(SECTIONS.indexOf("Lead")).isEmpty());
    assertEquals(date, layout.documentInfoboxDate().orElseThrow().of(SECTIONS));
  }

  @Test
  void fieldKeysMayHoldPunctuationAndDigits() {
    String text = "Infobox\n- Strength (est.): 2,000\n- Date: 1 May 2001\n";
    TextLayout layout = TextLayout.of(text);
    assertEquals("2,000", layout.infoboxes().get(0).get("strength (est.)").value());
    assertEquals("1 May 2001", layout.infoboxDateAt(text.indexOf("2,000")).orElseThrow().of(text));
  }
}
