package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.Span;
import org.newskg.nlp.Token;

class ConfidenceTest {

  private static final Token DOER = new Token(1, "rebels", "rebel", "NNS", "O", null, 0, 6);
  private static final Participant STATE = new Participant("Freedonia", new Span(0, 9), EntityKind.STATE,
      new Entity("http://newskg.org/id/actor/freedonia", "Freedonia", EntityKind.STATE, null, null));
  private static final Participant NAMED_GROUP = new Participant("the Velvet Brigade", new Span(0, 18), EntityKind.GROUP,
      new Entity("http://newskg.org/id/group/velvet-brigade", "the Velvet Brigade", EntityKind.GROUP, null, null));
  private static final Participant TOWN = new Participant("Portovo", new Span(20, 27), EntityKind.PLACE,
      new Entity("https://sws.geonames.org/7/", "Portovo", EntityKind.PLACE, 14.0, 24.0));

  private static TriggerMatch verb(String word, String lemma, String pos, TriggerOrigin origin, boolean withDoer) {
    TriggerEntry entry = new TriggerEntry(List.of(lemma), true, false, "attack", "", origin);
    Token head = new Token(2, word, lemma, pos, "O", null, 7, 7 + word.length());
    return new TriggerMatch(entry, head, List.of(), new Roles(withDoer ? List.of(DOER) : List.of(), List.of(), List.of()), true);
  }

  private static EventMention mention(List<Participant> actors, List<Participant> places, Modality modality, Participant source) {
    return new EventMention("d", 0, "attack", new Span(7, 15), new Span(0, 30), actors, List.of(), places, null,
        source, modality, 0.9, List.of(), null);
  }

  @Test
  void seedsBeatWordNetAndAFoundDoerBeatsNone() {
    assertTrue(Confidence.of(verb("shelled", "shell", "VBD", TriggerOrigin.SEED, true))
        > Confidence.of(verb("shelled", "shell", "VBD", TriggerOrigin.WORDNET, true)));
    assertTrue(Confidence.of(verb("shelled", "shell", "VBD", TriggerOrigin.SEED, true))
        > Confidence.of(verb("shelled", "shell", "VBD", TriggerOrigin.SEED, false)));
  }

  @Test
  void bareIngFormsAndSpeechVerbsAreLessSure() {
    double finite = Confidence.of(verb("shelled", "shell", "VBD", TriggerOrigin.SEED, true));
    assertTrue(Confidence.of(verb("shelling", "shell", "VBG", TriggerOrigin.SEED, true)) < finite);
    assertTrue(Confidence.of(verb("called", "call", "VBD", TriggerOrigin.SEED, true)) < finite);
  }

  @Test
  void aResolvedAssertedMentionInTheTextsOwnVoiceKeepsItsConfidence() {
    assertEquals(0.9, Confidence.settled(mention(List.of(STATE), List.of(TOWN), Modality.ASSERTED, null)));
  }

  @Test
  void hedgesUnknownDoersMissingCoordinatesAndReportedClaimsLowerIt() {
    double full = Confidence.settled(mention(List.of(STATE), List.of(TOWN), Modality.ASSERTED, null));
    assertTrue(Confidence.settled(mention(List.of(STATE), List.of(TOWN), Modality.UNCERTAIN, null)) < full);
    assertTrue(Confidence.settled(mention(List.of(STATE), List.of(TOWN), Modality.HYPOTHETICAL, null))
        < Confidence.settled(mention(List.of(STATE), List.of(TOWN), Modality.UNCERTAIN, null)));
    assertTrue(Confidence.settled(mention(List.of(NAMED_GROUP), List.of(TOWN), Modality.ASSERTED, null)) < full);
    assertTrue(Confidence.settled(mention(List.of(STATE), List.of(), Modality.ASSERTED, null)) < full);
    assertTrue(Confidence.settled(mention(List.of(STATE), List.of(TOWN), Modality.ASSERTED, NAMED_GROUP)) < full);
  }
}
