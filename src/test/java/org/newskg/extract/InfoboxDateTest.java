package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class InfoboxDateTest {

  @Test
  void readsDayRangesSpansDaysMonthsAndYears() {
    assertEquals("2019-05-03/2019-05-05", InfoboxDate.parse("3–5 May 2019").value());
    assertEquals("2014-02-20/2014-03-18", InfoboxDate.parse("20 February – 18 March 2014").value());
    assertEquals("2001-09-11", InfoboxDate.parse("11 September 2001").value());
    assertEquals("2001-09-11", InfoboxDate.parse("September 11, 2001").value());
    assertEquals("1999-07", InfoboxDate.parse("July 1999").value());
    assertEquals("1815", InfoboxDate.parse("summer of 1815").value());
    assertEquals(DatePrecision.DAY, InfoboxDate.parse("3–5 May 2019").precision());
  }

  @Test
  void givesNullWhenNoDateIsWritten() {
    assertNull(InfoboxDate.parse("ongoing"));
  }
}
