package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerLexiconTest {

  private final TriggerLexicon lexicon = TriggerLexicon.handWritten();

  @Test
  void everyEntryNamesAnActionOfTheVocabulary() {
    assertEquals(36, lexicon.actions().size());
    lexicon.entries().forEach(e -> assertTrue(lexicon.actions().contains(e.action()), e.toString()));
  }

  @Test
  void seedsAreReadFromTheActionTableAndKeepTheirTrust() {
    assertTrue(lexicon.candidates("kidnap").stream().anyMatch(e -> e.action().equals("detain")));
    TriggerEntry withdraw = lexicon.candidates("withdraw").get(0);
    assertEquals(TriggerOrigin.SEED, withdraw.origin());
    assertTrue(withdraw.verb() && withdraw.noun());
  }

  @Test
  void phrasesAndConditionedSensesComeBeforePlainWords() {
    List<TriggerEntry> capture = lexicon.candidates("capture");
    assertFalse(capture.get(0).condition().isEmpty());
    List<TriggerEntry> take = lexicon.candidates("take");
    assertTrue(take.stream().allMatch(TriggerEntry::isPhrase), "bare 'take' is too general to trigger");
  }

  @Test
  void reportingVerbsAreNoTriggers() {
    for (String verb : List.of("say", "report", "tell", "state", "claim")) {
      assertTrue(lexicon.candidates(verb).isEmpty(), verb);
    }
  }

  @Test
  void detainingIsAnArrestUnlessSomeoneElseThanAnAuthorityDetains() {
    List<TriggerEntry> detain = lexicon.candidates("detain");
    assertEquals("law-or-no-actor", detain.get(0).condition());
    assertEquals("arrest", detain.get(0).action());
    assertTrue(detain.stream().anyMatch(e -> e.action().equals("detain")));
  }

  @Test
  void phrasesOutrankTheirHeadWord() {
    assertEquals("destroy", lexicon.candidates("shoot").get(0).action(), "'shoot down' before 'shoot'");
    assertEquals("restore", lexicon.candidates("lift").get(0).action());
  }
}
