package org.newskg.extract.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuotationsTest {

  @Test
  void curlyAndStraightQuotesAreFound() {
    String text = "“The dam will hold,” he said. She said \"we left the camp\" at noon.";
    Quotations q = new Quotations(text);
    assertEquals("“The dam will hold,”", q.enclosing(text.indexOf("dam")).orElseThrow().of(text));
    assertEquals("\"we left the camp\"", q.enclosing(text.indexOf("left")).orElseThrow().of(text));
    assertTrue(q.enclosing(text.indexOf("noon")).isEmpty());
  }

  @Test
  void anApostropheIsNoQuoteButSingleQuotesAre() {
    String text = "The mayor told reporters: 'It's over, the rebels fled the town' and left.";
    Quotations q = new Quotations(text);
    assertEquals("'It's over, the rebels fled the town'", q.enclosing(text.indexOf("fled")).orElseThrow().of(text));
  }

  @Test
  void anUnclosedQuoteRunsToTheEndOfItsParagraph() {
    String text = "He said: 'We burned the bridge. Nobody crossed.\n\nThe river rose.";
    Quotations q = new Quotations(text);
    assertTrue(q.enclosing(text.indexOf("crossed")).isPresent());
    assertFalse(q.enclosing(text.indexOf("river")).isPresent());
  }

  @Test
  void shortQuotesAreTermsNotSpeech() {
    String text = "They called it a 'rout' and said \"we lost the whole valley\".";
    Quotations q = new Quotations(text);
    assertFalse(Quotations.isSpeech(text, q.enclosing(text.indexOf("rout")).orElseThrow()));
    assertTrue(Quotations.isSpeech(text, q.enclosing(text.indexOf("valley")).orElseThrow()));
  }
}
