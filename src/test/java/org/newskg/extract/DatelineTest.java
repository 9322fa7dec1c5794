package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.Span;

class DatelineTest {

  private static final String WIRE = "PORTVILLE, Ruritania, Sept 3 (Newswire) - Rebels shelled the harbour. "
      + "The mayor condemned the attack.\n\nLater a bridge was blown up in Eastford.";

  @Test
  void aWireDatelineGivesCityAndDayAndIsMaskedAsLayout() {
    TextLayout layout = TextLayout.of(WIRE);
    Dateline d = layout.dateline().orElseThrow();
    assertEquals("PORTVILLE", d.city().of(WIRE));
    assertEquals(MonthDay.of(9, 3), d.day());
    assertTrue(layout.isMasked(WIRE.indexOf("Newswire")));
    assertFalse(layout.isMasked(WIRE.indexOf("Rebels")));
  }

  @Test
  void aDatelineAfterATitleWithAgencyOnlyAndAnEmDashIsFound() {
    String text = "Rebels shell harbour\n\nNEW PORT (Wire) — Rebels shelled the harbour.";
    Dateline d = TextLayout.of(text).dateline().orElseThrow();
    assertEquals("NEW PORT", d.city().of(text));
    assertEquals(null, d.day());
  }

  @Test
  void proseThatStartsWithCapitalsIsNoDateline() {
    assertTrue(TextLayout.of("NATO said on Monday - again - that it would meet.").dateline().isEmpty());
    assertTrue(TextLayout.of("Rebels shelled the harbour, officials said.").dateline().isEmpty());
  }

  @Test
  void theDaysYearIsThePublishedOneUnlessThatPutsItAfterPublication() {
    Dateline d = Dateline.find("HARBOURTOWN, Dec 31 (Wire) - Rebels fled.").orElseThrow();
    assertEquals(LocalDate.of(2020, 12, 31), d.dayIn(LocalDate.of(2021, 1, 1)).orElseThrow());
    assertEquals(LocalDate.of(2021, 12, 31), d.dayIn(LocalDate.of(2021, 12, 31)).orElseThrow());
  }

  @Test
  void unplacedEventsTakeTheDatelineCityButStatementsAndPlacedEventsDoNot() {
    Span shelled = span("shelled");
    Span condemned = span("condemned");
    Span blown = span("blown");
    Participant eastford = Participant.unresolved("Eastford", span("Eastford"), EntityKind.PLACE);
    List<EventMention> out = DatelinePlace.apply(List.of(mention("attack", shelled, List.of()),
        mention("criticize", condemned, List.of()), mention("destroy", blown, List.of(eastford))), WIRE, new SentenceFacts());
    assertEquals("PORTVILLE", out.get(0).places().get(0).mention());
    assertTrue(out.get(1).places().isEmpty());
    assertEquals("Eastford", out.get(2).places().get(0).mention());
  }

  private static Span span(String word) {
    int begin = WIRE.indexOf(word);
    return new Span(begin, begin + word.length());
  }

  private static EventMention mention(String action, Span trigger, List<Participant> places) {
    return new EventMention("d", 0, action, trigger, trigger, List.of(), List.of(), places, null, null,
        Modality.ASSERTED, 0.5, List.of(), null);
  }
}
