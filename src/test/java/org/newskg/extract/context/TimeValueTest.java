package org.newskg.extract.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newskg.extract.DatePrecision;

class TimeValueTest {

  @Test
  void readsSutimeDatesAndTimesAtTheirPrecision() {
    assertEquals("2019-04-03", TimeValue.parse("2019-04-03T05:00").orElseThrow().toEventDate(false).value());
    assertEquals("2019-04-03", TimeValue.parse("2019-04-03TEV").orElseThrow().toEventDate(false).value());
    assertEquals(DatePrecision.MONTH, TimeValue.parse("2019-04").orElseThrow().toEventDate(false).precision());
    assertFalse(TimeValue.parse("XXXX-04-03").orElseThrow().hasYear());
  }

  @Test
  void movingToAnotherYearKeepsMonthsDaysAndTheSpanOfAnInterval() {
    TimeValue winter = new TimeValue(new PartialDate(2021, 12, 20), new PartialDate(2022, 1, 5));
    assertEquals("2014-12-20/2015-01-05", winter.withYearOf(2014).toEventDate(false).value());
    assertEquals("2014-04", TimeValue.parse("2021-04").orElseThrow().withYearOf(2014).toEventDate(false).value());
  }

  @Test
  void aWeekIsAnIntervalFromMondayToSunday() {
    assertEquals("2021-03-08/2021-03-14", TimeValue.parse("2021-W10").orElseThrow().toEventDate(false).value());
  }

  @Test
  void relativeAndDurationValuesAreNoDates() {
    assertTrue(TimeValue.parse("PAST_REF").isEmpty());
    assertTrue(TimeValue.parse("P3D").isEmpty());
    assertTrue(TimeValue.parse("THIS P1D").isEmpty());
  }

  @Test
  void aMissingYearIsFilledAndAFutureGuessMovesBack() {
    TimeValue march = TimeValue.parse("XXXX-03").orElseThrow().withYear(2017);
    assertEquals("2017-03", march.toEventDate(false).value());
    assertEquals("2016-03", march.minusOneYear().toEventDate(false).value());
  }

  @Test
  void lastDayOfAMonthKnowsItsLength() {
    assertEquals(29, PartialDate.parse("2016-02").orElseThrow().lastDay().getDayOfMonth());
  }
}
