package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.Span;

/** The small rules of score.py, each on cases worked out by hand. */
class PythonRulesTest {

  @Test
  void normLowersDropsPossessiveTheAndPunctuation() {
    assertEquals("mayor aide", NameMatcher.norm("The Mayor\u2019s  aide!"));
    assertEquals("the", NameMatcher.norm("the the"));
    assertEquals("theatre", NameMatcher.norm("Theatre"));
    assertEquals("kyiv s", NameMatcher.norm("Kyiv's-s"));
    assertEquals("u s army", NameMatcher.norm("U.S. Army"));
  }

  @Test
  void normTreatsCharactersAsPythonDoes() {
    assertEquals("cafe noir", NameMatcher.norm("Cafe\u0301 Noir")); // a combining mark is no \w
    assertEquals("a b", NameMatcher.norm("a\u001Cb")); // U+001C is whitespace to Python
    assertEquals("dnipro\u00b2 x_y", NameMatcher.norm("Dnipro\u00b2 x_y")); // No and _ are \w
  }

  @Test
  void namesMatchWholeWordsEitherWay() {
    assertTrue(NameMatcher.matches("the Russian army", List.of("Russian army")));
    assertTrue(NameMatcher.matches("army", List.of("Russian army")));
    assertFalse(NameMatcher.matches("arm", List.of("Russian army")));
    assertFalse(NameMatcher.matches("!!", List.of("!!")));
    assertFalse(NameMatcher.matches("x", List.of("...", "")));
  }

  @Test
  void pointDatesNeedTheirPrecision() {
    assertTrue(GoldDates.matches("2022-11-09", "2022-11-09"));
    assertTrue(GoldDates.matches("2022-11-09/2022-11-09", "2022-11-09"));
    assertFalse(GoldDates.matches("2022-11", "2022-11-09"));
    assertFalse(GoldDates.matches("2022-11-09", "2022-11"));
    assertFalse(GoldDates.matches(null, "2022"));
  }

  @Test
  void intervalDatesAcceptWhatLiesInside() {
    assertTrue(GoldDates.matches("2022-03-31", "2022-02/2022-03"));
    assertTrue(GoldDates.matches("2022-02", "2022-02/2022-03"));
    assertTrue(GoldDates.matches("2022-02-10/2022-03-01", "2022-02/2022-03"));
    assertFalse(GoldDates.matches("2022-04-01", "2022-02/2022-03"));
    assertFalse(GoldDates.matches("2022", "2022-02/2022-03"));
    assertFalse(GoldDates.matches("2022-13", "2022/2023"));
  }

  @Test
  void dateRangeKnowsMonthLengths() {
    assertArrayEquals(new String[] {"2024-02-01", "2024-02-29"}, GoldDates.range("2024-02"));
    assertArrayEquals(new String[] {"1900-02-01", "1900-02-28"}, GoldDates.range("1900-02"));
    assertArrayEquals(new String[] {"2022-01-01", "2023-06-30"}, GoldDates.range("2022/2023-06"));
    assertEquals(2022, GoldDates.pythonInt(" +2_022 ").intValue());
  }

  @Test
  void locateFindsExactlyThenWithFlexibleWhitespaceInCodePoints() {
    assertEquals(new Span(4, 7), EvidenceLocator.locate("the cat sat", "cat"));
    assertEquals(new Span(2, 9), EvidenceLocator.locate("\uD83C\uDF89 a\n  b.c d", "a b.c"));
    assertNull(EvidenceLocator.locate("a b", "a c"));
  }

  @Test
  void floatsRenderAsPythonDoes() {
    assertEquals("0.062", PythonFloat.fixed3(0.0625)); // tie to even, Java's %.3f says 0.063
    assertEquals("0.833", PythonFloat.fixed3(10.0 / 12));
    assertEquals("1.000", PythonFloat.fixed3(1.0));
    assertEquals("0.6666666666666666", PythonFloat.repr(2.0 / 3));
    assertEquals("0.1", PythonFloat.repr(0.1));
    assertEquals("1.0", PythonFloat.repr(1.0));
    assertEquals("0.0", PythonFloat.repr(0.0));
    assertEquals("0.0001", PythonFloat.repr(1e-4));
    assertEquals("1e-05", PythonFloat.repr(1e-5));
    assertEquals("2.5e-07", PythonFloat.repr(2.5e-7));
  }
}
