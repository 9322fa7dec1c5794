package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.Span;

class DiscourseCarryOverTest {

  private static final String TEXT = "Rebels left Portville at dawn. The retreat went on.\n\n"
      + "Later the retreat ended. Fighting went on in Eastwick. The retreat stopped.";

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

  private static SentenceFacts pointingBack(EventMention... mentions) {
    SentenceFacts facts = new SentenceFacts();
    for (EventMention m : mentions) {
      facts.triggerPointsBack(m.trigger(), false);
    }
    return facts;
  }

  @Test
  void aDefiniteMentionTakesTheDoerAndPlaceOfTheOneToldBeforeInItsParagraph() {
    EventMention left = withdrawal("left", List.of(named("Rebels")), List.of(named("Portville")));
    EventMention retreat = withdrawal("retreat went", List.of(), List.of());
    List<EventMention> out = DiscourseCarryOver.apply(List.of(left, retreat), TEXT, pointingBack(retreat));
    assertEquals("Rebels", out.get(1).actors().get(0).mention());
    assertEquals("Portville", out.get(1).places().get(0).mention());
  }

  @Test
  void nothingCarriesIntoTheNextParagraph() {
    EventMention left = withdrawal("left", List.of(named("Rebels")), List.of(named("Portville")));
    EventMention ended = withdrawal("retreat ended", List.of(), List.of());
    List<EventMention> out = DiscourseCarryOver.apply(List.of(left, ended), TEXT, pointingBack(ended));
    assertEquals(List.of(), out.get(1).actors());
    assertEquals(List.of(), out.get(1).places());
  }

  @Test
  void aDefiniteDescriptionTakesTheDoerFromAnyEarlierParagraph() {
    EventMention left = withdrawal("left", List.of(named("Rebels")), List.of(named("Portville")));
    EventMention ended = withdrawal("retreat ended", List.of(), List.of());
    SentenceFacts facts = new SentenceFacts();
    facts.triggerPointsBack(ended.trigger(), true);
    List<EventMention> out = DiscourseCarryOver.apply(List.of(left, ended), TEXT, facts);
    assertEquals("Rebels", out.get(1).actors().get(0).mention());
    assertEquals(List.of(), out.get(1).places());
  }

  @Test
  void aMentionThatDoesNotPointBackKeepsItsDoerUnsaid() {
    EventMention left = withdrawal("left", List.of(named("Rebels")), List.of());
    EventMention retreat = withdrawal("retreat went", List.of(), List.of());
    List<EventMention> out = DiscourseCarryOver.apply(List.of(left, retreat), TEXT, new SentenceFacts());
    assertEquals(List.of(), out.get(1).actors());
  }

  @Test
  void aSentenceThatNamesItsOwnPlaceInheritsNone() {
    EventMention ended = withdrawal("retreat ended", List.of(), List.of(named("Eastwick")));
    EventMention stopped = withdrawal("retreat stopped", List.of(), List.of());
    SentenceFacts facts = new SentenceFacts();
    int sentence = TEXT.indexOf("The retreat stopped");
    facts.sentenceNamesPlace(new Span(sentence, TEXT.length()));
    List<EventMention> out = DiscourseCarryOver.apply(List.of(ended, stopped), TEXT, facts);
    assertEquals(List.of(), out.get(1).places());
  }
}
