package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.Document;
import org.newskg.ingest.DocumentMetadata;
import org.newskg.nlp.CoreNlpAnnotator;

/** Each extraction rule on sentences written for the test, parsed by the real CoreNLP pipeline. */
class DependencyEventExtractorIT {

  private static CoreNlpAnnotator annotator;
  private static DependencyEventExtractor extractor;

  @BeforeAll
  static void load() {
    annotator = new CoreNlpAnnotator(new Properties());
    extractor = DependencyEventExtractor.create(c -> EventDate.of("2019-05-03"), c -> null,
        c -> c.trigger().word().equals("attacked") ? Modality.UNCERTAIN : Modality.ASSERTED, c -> List.of());
  }

  private static List<EventMention> extract(String text) {
    var meta = new DocumentMetadata(null, LocalDate.of(2019, 5, 6), null, null, null);
    return extractor.extract(annotator.annotate(new Document("t", text, meta, "test")));
  }

  private static EventMention only(String text, String action) {
    List<EventMention> found = extract(text).stream().filter(m -> m.action().equals(action)).toList();
    assertEquals(1, found.size(), () -> action + " in: " + text + " -> " + extract(text));
    return found.get(0);
  }

  private static List<String> mentions(List<Participant> ps) {
    return ps.stream().map(Participant::mention).toList();
  }

  @Test
  void subjectIsActorAndLocativeObliqueIsPlace() {
    EventMention m = only("The rebels withdrew from Mosul on Tuesday.", "withdraw");
    assertEquals(List.of("rebels"), mentions(m.actors()));
    assertEquals(List.of("Mosul"), mentions(m.places()));
  }

  @Test
  void civiliansLeavingIsNoWithdrawalButTroopsLeavingIs() {
    assertTrue(extract("Thousands of residents left the town after the storm.").stream()
        .noneMatch(m -> m.action().equals("withdraw")));
    only("The soldiers left the town after the storm.", "withdraw");
  }

  @Test
  void whatIsLeftBehindIsTheTargetOfATransport() {
    EventMention boats = only("The smugglers left behind two boats in the harbour.", "transport");
    assertEquals(List.of("two boats"), mentions(boats.targets()));
    assertEquals(List.of("smugglers"), mentions(boats.actors()));
    EventMention jeeps = only("The rebels fled the valley, with several jeeps and mortars left behind at the ford.",
        "transport");
    assertEquals(List.of("several jeeps", "mortars"), mentions(jeeps.targets()));
    assertTrue(extract("The soldiers left their rifles behind.").stream().noneMatch(m -> m.action().equals("withdraw")));
  }

  @Test
  void nothingNamesNoParticipant() {
    assertEquals(List.of(), only("Nothing was left behind at the camp.", "transport").targets());
  }

  @Test
  void aReportedPassiveWithItsOwnSubjectTakesNoPatientFromTheReporter() {
    EventMention m = only("The mayor said that the bridge was destroyed overnight.", "destroy");
    assertEquals(List.of("bridge"), mentions(m.targets()));
  }

  @Test
  void capturingAPlaceIsCaptureAndCapturingPeopleIsDetain() {
    EventMention town = only("The militia captured the town of Baidoa.", "capture");
    assertTrue(mentions(town.places()).get(0).contains("Baidoa"));
    EventMention people = only("The militia captured twelve soldiers near the border.", "detain");
    assertEquals(List.of("twelve soldiers"), mentions(people.targets()));
  }

  @Test
  void passiveSubjectIsTargetAndByAgentIsActor() {
    EventMention m = only("The embassy was attacked by gunmen.", "attack");
    assertEquals(List.of("gunmen"), mentions(m.actors()));
    assertEquals(List.of("embassy"), mentions(m.targets()));
    assertEquals(Modality.UNCERTAIN, m.modality(), "modality comes from the injected detector");
    assertEquals("2019-05-03", m.date().value(), "date comes from the injected resolver");
  }

  @Test
  void controlledVerbTakesTheControllerAsActor() {
    EventMention m = only("The army has to withdraw its troops from Aleppo.", "withdraw");
    assertEquals(List.of("army"), mentions(m.actors()));
    assertEquals(List.of("Aleppo"), mentions(m.places()));
  }

  @Test
  void relativeClauseObjectIsTheAntecedent() {
    EventMention m = only("The island, which Spain annexed in 1850, is small.", "annex");
    assertEquals(List.of("Spain"), mentions(m.actors()));
  }

  @Test
  void possessiveOfAnEventNounIsItsActor() {
    EventMention m = only("France's withdrawal from Mali was completed.", "withdraw");
    assertEquals(List.of("France"), mentions(m.actors()));
    assertEquals(List.of("Mali"), mentions(m.places()));
  }

  @Test
  void nationalityAdjectiveOfAnEventNounIsItsActor() {
    EventMention m = only("The German invasion of Poland began at dawn.", "attack");
    assertEquals(List.of("German"), mentions(m.actors()));
  }

  @Test
  void aNameOrALeaderModifyingAnEventNounIsItsActor() {
    assertEquals(List.of("Taliban"), mentions(only("A Taliban attack hit the base in Kunduz.", "attack").actors()));
    assertEquals(List.of("U.S."), mentions(only("The U.S.-led invasion of Iraq began in March.", "attack").actors()));
  }

  @Test
  void coordinatedEventNounsAreEventsOfTheirOwn() {
    List<EventMention> attacks = extract("The town fell after the Malian offensive and French airstrikes.").stream()
        .filter(m -> m.action().equals("attack")).toList();
    assertEquals(List.of(List.of("Malian"), List.of("French")), attacks.stream().map(m -> mentions(m.actors())).toList());
  }

  @Test
  void aWeaponHandsTheDoerRoleToItsOwner() {
    EventMention strike = only("Russian missiles struck the port of Odesa.", "attack");
    assertEquals(List.of("Russian"), mentions(strike.actors()));
    List<List<String>> carriers = extract("A ship carrying wheat docked in Hodeidah.").stream()
        .filter(m -> m.action().equals("transport")).map(m -> mentions(m.actors())).toList();
    assertTrue(!carriers.isEmpty() && carriers.stream().allMatch(List.of("ship")::equals), "a ship that carries stays the doer: " + carriers);
  }

  @Test
  void theObjectOfAnAppealIsTheDoerOfWhatItIsAskedToDo() {
    EventMention surrender = only("Officials called on the rebels to surrender.", "surrender");
    assertEquals(List.of("rebels"), mentions(surrender.actors()));
  }

  @Test
  void coordinatedVerbsOfOneActionAreOneMention() {
    only("Police arrested and jailed the two smugglers.", "arrest");
  }

  @Test
  void reportingVerbsAndNamingUsesAreNoEvents() {
    assertTrue(extract("The spokesman said the figures were correct.").isEmpty());
    assertTrue(extract("The minister called the plan a failure.").isEmpty());
  }

  @Test
  void particleVerbIsOneTrigger() {
    String text = "Rebels blew up the bridge.";
    EventMention m = only(text, "destroy");
    assertEquals("blew up", m.trigger().of(text));
    assertEquals(List.of("bridge"), mentions(m.targets()));
  }

  @Test
  void subjectOfDieOrDrownIsTheVictim() {
    EventMention m = only("Five migrants drowned in the river.", "kill");
    assertTrue(m.actors().isEmpty());
    assertEquals(List.of("Five migrants"), mentions(m.targets()));
  }

  @Test
  void evacuatingPeopleIsEvacuateAndEvacuatingUnitsIsWithdraw() {
    only("The army evacuated 300 civilians from the village.", "evacuate");
    only("The army evacuated its units from the front line.", "withdraw");
  }

  @Test
  void headingsYieldNothingAndInfoboxOutcomeYieldsADatedPlacedEvent() {
    String text = "== Capture of the harbour ==\n\nInfobox\n- Date: 3–5 May 2019\n- Location: Northern Mali\n"
        + "- Outcome: Liberation of Gao\n\nThe town was quiet on Sunday.\n";
    List<EventMention> found = extract(text);
    assertEquals(1, found.size(), found::toString);
    EventMention m = found.get(0);
    assertEquals("liberate", m.action());
    assertEquals("2019-05-03/2019-05-05", m.date().value());
    assertTrue(mentions(m.places()).contains("Northern Mali"));
  }

  @Test
  void spansLieInTheTextAndConfidenceRanksArguedVerbsAboveBareNouns() {
    String text = "The rebels attacked the convoy. There was an evacuation.";
    List<EventMention> found = extract(text);
    assertEquals(2, found.size(), found::toString);
    for (EventMention m : found) {
      assertTrue(m.evidence().contains(m.trigger()) && m.evidence().end() <= text.length());
    }
    assertTrue(found.get(0).confidence() > found.get(1).confidence());
  }

  @Test
  void aPlanIsNoDoerOfWhatItPlans() {
    EventMention m = only("Officials said there were no plans to evacuate the villagers of Dorna.", "evacuate");
    assertTrue(m.actors().stream().noneMatch(p -> p.mention().contains("plans")), () -> mentions(m.actors()).toString());
  }

  @Test
  void theRaisedSubjectOfAPassiveIsMovedNotMover() {
    EventMention m = only("The heavy guns appeared to have been transported to the northern shore.", "transport");
    assertTrue(m.actors().isEmpty(), () -> mentions(m.actors()).toString());
    assertTrue(mentions(m.targets()).contains("heavy guns"), () -> mentions(m.targets()).toString());
  }

  @Test
  void aDestroyedThingIsATargetNotAPlace() {
    EventMention m = only("Rebels destroyed the old monument in Tarvik.", "destroy");
    assertTrue(mentions(m.places()).stream().noneMatch(p -> p.contains("monument")), () -> mentions(m.places()).toString());
  }

  @Test
  void theSubjectOfASupportVerbDoesTheEventItsObjectNames() {
    EventMention visit = only("The foreign minister made a short visit to Lagos.", "visit");
    assertTrue(mentions(visit.actors()).contains("foreign minister"), () -> mentions(visit.actors()).toString());
    EventMention annex = only("Freedonia announced the annexation of the island in March.", "annex");
    assertEquals(List.of("Freedonia"), mentions(annex.actors()));
  }

  @Test
  void anAdministrationCanActThoughItsFirstSenseIsAnAct() {
    EventMention m = only("The provincial administration asked the farmers to leave the valley.", "request");
    assertTrue(mentions(m.actors()).contains("provincial administration"), () -> mentions(m.actors()).toString());
  }

  @Test
  void aCommonNounPlaceHandsOnTheNamedPlaceItLiesBy() {
    EventMention m = only("The rebels withdrew to new positions across the Zambezi.", "withdraw");
    assertTrue(mentions(m.places()).contains("Zambezi"), () -> mentions(m.places()).toString());
  }

  @Test
  void darknessIsNoPlace() {
    EventMention m = only("The fans celebrated in the darkness until dawn.", "celebrate");
    assertTrue(m.places().isEmpty(), () -> mentions(m.places()).toString());
  }

  @Test
  void theOwnerOfAPurposeClauseDoesWhatItIsFor() {
    EventMention noun = only("The regional council began efforts to facilitate the evacuation of the villagers.", "evacuate");
    assertTrue(mentions(noun.actors()).contains("regional council"), () -> mentions(noun.actors()).toString());
    EventMention verb = only("The rebel command announced plans to withdraw its fighters from Tarvik.", "withdraw");
    assertTrue(mentions(verb.actors()).contains("rebel command"), () -> mentions(verb.actors()).toString());
  }

  @Test
  void whoClaimsResponsibilityForAnAttackDidIt() {
    EventMention m = only("A separatist group claimed responsibility for the attack on the depot.", "attack");
    assertTrue(mentions(m.actors()).contains("separatist group"), () -> mentions(m.actors()).toString());
  }

  @Test
  void whoControlIsCededToIsNoPlaceButWhatItIsOverIs() {
    EventMention m = only("The rebel fighters ceded control of most of Tarvik Province to Freedonia.", "withdraw");
    assertTrue(mentions(m.places()).stream().noneMatch(p -> p.contains("Freedonia")), () -> mentions(m.places()).toString());
    assertTrue(mentions(m.places()).stream().anyMatch(p -> p.contains("Tarvik")), () -> mentions(m.places()).toString());
  }

  @Test
  void infoboxOutcomeNounOrClauseTakesItsActorAndTheInfoboxDateAndPlace() {
    String text = "Infobox\n- Date: 3–5 May 2019\n- Location: Tarvik, Lorn Province\n"
        + "- Result: Malian capture of Tarvik\n\nThe town was quiet on Sunday.\n";
    EventMention capture = only(text, "capture");
    assertEquals(List.of("Malian"), mentions(capture.actors()));
    assertEquals("2019-05-03/2019-05-05", capture.date().value());
    assertTrue(mentions(capture.places()).contains("Tarvik"), capture::toString);
    String retreat = "Infobox\n- Date: 3–5 May 2019\n- Location: Tarvik\n"
        + "- Result: Government victory; rebels retreat to Mosul\n\nThe town was quiet on Sunday.\n";
    EventMention withdraw = only(retreat, "withdraw");
    assertEquals(List.of("rebels"), mentions(withdraw.actors()));
    assertTrue(mentions(withdraw.places()).contains("Mosul"), withdraw::toString);
  }

  @Test
  void anEventNounObjectOrObliqueOfAVerbOfTheSameActionIsThatVerbsEvent() {
    String text = "The rebels attacked Tarvik on Monday in a night assault.";
    EventMention attack = only(text, "attack");
    assertEquals("attacked", attack.trigger().of(text));
    assertEquals(List.of("rebels"), mentions(attack.actors()));
    only("The two factions signed a truce agreement in Gao on Friday.", "agree");
  }
}
