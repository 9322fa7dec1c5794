package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.Span;

class DiscourseCarryOverTest {

  private static final String TEXT = "Rebels left Portville at dawn.\n\nLater the retreat went on. The retreat ended.";

  private static EventMention withdrawal(String trigger, List<Participant> actors, List<Participant> places) {
    int begin = TEXT.indexOf(trigger);
    Span span = new Span(begin, begin + trigger.length());
    return new EventMention("d", 0, "withdraw", span, span, actors, List.of(), places, null, null,
        Modality.ASSERTED, 0.5, List.of(), null);
  }

  private static Participant named(String name) {
    int begin = TEXT.indexOf(name);
    return Participant.unresolved(name, new Span(begin, begin + name.length()), EntityKind.GROUP);
  }

  @Test
  void aDoerCarriesAcrossParagraphsButAPlaceDoesNot() {
    List<EventMention> out = DiscourseCarryOver.apply(List.of(
        withdrawal("left", List.of(named("Rebels")), List.of(named("Portville"))),
        withdrawal("retreat went", List.of(), List.of())), TEXT);
    assertEquals("Rebels", out.get(1).actors().get(0).mention());
    assertEquals(List.of(), out.get(1).places());
  }

  @Test
  void aPlaceCarriesWithinTheParagraph() {
    List<EventMention> out = DiscourseCarryOver.apply(List.of(
        withdrawal("retreat went", List.of(), List.of(named("Portville"))),
        withdrawal("retreat ended", List.of(), List.of())), TEXT);
    assertEquals("Portville", out.get(1).places().get(0).mention());
  }
}
