package org.newskg.extract.context;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newskg.nlp.Token;

class MonthHomographTest {

  private static Token dated(String word) {
    return new Token(2, word, word.toLowerCase(), "NN", "DATE", "XXXX-03", 4, 4 + word.length());
  }

  @Test
  void aLowerCaseMarchOrMayIsNoMonthButACapitalisedOneIs() {
    assertTrue(TimeExpressions.isLowerCaseMonthHomograph(dated("march")));
    assertTrue(TimeExpressions.isLowerCaseMonthHomograph(dated("may")));
    assertFalse(TimeExpressions.isLowerCaseMonthHomograph(dated("March")));
    assertFalse(TimeExpressions.isLowerCaseMonthHomograph(dated("May")));
  }
}
