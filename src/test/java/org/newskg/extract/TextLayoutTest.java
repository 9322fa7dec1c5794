package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
}
