package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.Document;
import org.newskg.ingest.DocumentMetadata;
import org.newskg.nlp.CoreNlpAnnotator;

/** Trigger entries and sense conditions for prose beyond one war, on sentences written for the test. */
class GeneralNewsTriggersIT {

  private static CoreNlpAnnotator annotator;
  private static DependencyEventExtractor extractor;

  @BeforeAll
  static void load() {
    annotator = new CoreNlpAnnotator(new Properties());
    extractor = DependencyEventExtractor.create(c -> EventDate.of("2011-03-02"), c -> null, c -> Modality.ASSERTED,
        c -> List.of());
  }

  private static List<String> actions(String text) {
    var meta = new DocumentMetadata(null, LocalDate.of(2011, 3, 4), null, null, null);
    return extractor.extract(annotator.annotate(new Document("t", text, meta, "test"))).stream()
        .map(EventMention::action).toList();
  }

  private static void has(String text, String action) {
    assertTrue(actions(text).contains(action), () -> action + " in: " + text + " -> " + actions(text));
  }

  private static void lacks(String text, String action) {
    assertFalse(actions(text).contains(action), () -> "no " + action + " in: " + text + " -> " + actions(text));
  }

  @Test
  void detainingByPoliceIsAnArrestByGunmenACapture() {
    has("Police detained twelve students outside the stadium.", "arrest");
    has("Gunmen detained two engineers near the border.", "detain");
    lacks("Gunmen detained two engineers near the border.", "arrest");
  }

  @Test
  void anOfficialArrivingIsTransportNotAVisit() {
    has("The foreign minister arrived in Nairobi on Monday.", "transport");
    lacks("The foreign minister arrived in Nairobi on Monday.", "visit");
  }

  @Test
  void givingMoneyIsFundingGivingASpeechIsNot() {
    has("The charity gave $3 million to the hospital.", "fund");
    lacks("The mayor gave a long speech at the hospital.", "fund");
    has("Norway pledged $40 million for the camps.", "fund");
  }

  @Test
  void banningAnOrganisationIsASanctionBanningASongIsNot() {
    has("The government banned the opposition party from the elections.", "sanction");
    lacks("The radio station played a song that the censors had banned years ago.", "sanction");
    has("The treasury froze the assets of nine bankers.", "sanction");
  }

  @Test
  void cuttingOffASupplyIsCutSupplyCutOffSoldiersAreNot() {
    has("The rebels cut off the water supply to the town.", "cut_supply");
    lacks("Forty soldiers who were cut off surrendered the next morning.", "cut_supply");
    has("The navy imposed a blockade on the port.", "cut_supply");
    has("The navy lifted the blockade on the port last week.", "restore");
  }

  @Test
  void bombsBlastsAndStrikesAreAttacks() {
    has("Air strikes hit the depot overnight.", "attack");
    has("The blast shattered windows in the square.", "attack");
    has("The militia fired rockets at the airport.", "attack");
    has("Youths threw stones at the convoy.", "attack");
  }

  @Test
  void insurgentGroupsRetreatLikeArmies() {
    has("The rebels retreated to the hills.", "withdraw");
    has("The guerrillas abandoned their camp.", "withdraw");
  }

  @Test
  void crimeAndBlameVocabulary() {
    has("Thieves were caught after the robbery of a jewellery shop.", "loot");
    has("The minister blamed the smugglers for the fire.", "criticize");
    has("The march ended peacefully in the park.", "protest");
    has("The farmers exported wheat to Egypt.", "transport");
  }
}
