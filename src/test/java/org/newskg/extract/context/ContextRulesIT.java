package org.newskg.extract.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.DatePrecision;
import org.newskg.extract.EventDate;
import org.newskg.extract.Modality;
import org.newskg.extract.Participant;
import org.newskg.extract.Quantity;
import org.newskg.extract.TriggerContext;
import org.newskg.ingest.Document;
import org.newskg.ingest.DocumentMetadata;
import org.newskg.nlp.AnnotatedDocument;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/** Each rule of the context package on sentences written for it, parsed by the real CoreNLP pipeline. */
class ContextRulesIT {

  private static CoreNlpAnnotator annotator;
  private final ReaderDateResolver dates = new ReaderDateResolver();
  private final ReportingSourceAttributor sources = new ReportingSourceAttributor();
  private final ClauseModalityDetector modalities = new ClauseModalityDetector();
  private final NumericQuantityFinder quantities = new NumericQuantityFinder();

  @BeforeAll
  static void loadPipeline() {
    annotator = new CoreNlpAnnotator(new Properties());
  }

  private static AnnotatedDocument annotate(String text, LocalDate published) {
    return annotator.annotate(new Document("t", text, new DocumentMetadata(null, published, null, null, null), "test"));
  }

  /** The trigger: the {@code nth} (0-based) token spelled {@code word}. */
  private static TriggerContext at(AnnotatedDocument doc, String word, int nth) {
    int seen = 0;
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (t.word().equals(word) && seen++ == nth) {
          return new TriggerContext(doc, s, t);
        }
      }
    }
    throw new AssertionError("no token " + word);
  }

  private static TriggerContext at(AnnotatedDocument doc, String word) {
    return at(doc, word, 0);
  }

  private String date(String text, LocalDate published, String trigger) {
    EventDate d = dates.dateOf(at(annotate(text, published), trigger));
    return d == null ? null : d.value();
  }

  // --- dates

  @Test
  void aTimeInTheTriggersClauseWins() {
    String text = "The rebels seized the depot on 4 June 2021. On 9 June, the army shelled the harbour.";
    assertEquals("2021-06-09", date(text, null, "shelled"));
  }

  @Test
  void dayRangesBecomeIntervals() {
    assertEquals("2021-06-03/2021-06-05",
        date("The rebels withdrew from the town over the course of 3–5 June 2021.", null, "withdrew"));
    assertEquals("2019-03-01/2019-03-03",
        date("From 1 to 3 March 2019 the marchers blocked the bridge.", null, "blocked"));
  }

  @Test
  void lastWeekdayInAPastClauseIsTheMostRecentOne() {
    // 2021-06-12 is a Saturday: "last Tuesday" is the 8th, not the Tuesday of the week before.
    assertEquals("2021-06-08", date("The council said last Tuesday that it had closed the airport.",
        LocalDate.of(2021, 6, 12), "said"));
  }

  @Test
  void aMonthInAPastClauseLiesInThePast() {
    EventDate d = dates.dateOf(at(annotate("Militias had taken the valley in late January.", LocalDate.of(2020, 10, 5)), "taken"));
    assertEquals("2020-01", d.value());
    assertEquals(DatePrecision.MONTH, d.precision());
  }

  @Test
  void aDayWithoutYearTakesTheYearOfTheTextBefore() {
    String text = "The siege began on 2 May 2017.\n\nOn 14 September, engineers repaired the pipeline.";
    assertEquals("2017-09-14", date(text, null, "repaired"));
  }

  @Test
  void datesCarryOverWithinAParagraphButNotIntoTheNext() {
    String text = "The brigade entered Dalby on 7 April 2016. Later that day, soldiers burned the archive.\n\n"
        + "Farmers blocked the road to the coast.";
    LocalDate published = LocalDate.of(2016, 4, 20);
    assertEquals("2016-04-07", date(text, published, "burned"));
    EventDate fallback = dates.dateOf(at(annotate(text, published), "blocked"));
    assertEquals("2016-04-19", fallback.value());
    assertTrue(fallback.fromPublished());
  }

  @Test
  void sinceAndByGiveTheirDay() {
    assertEquals("2018-02-01", date("Volunteers have rebuilt 30 houses since 1 February 2018.", null, "rebuilt"));
    assertEquals("2018-02-06", date("Half of the residents had fled by the evening of 6 February 2018.", null, "fled"));
  }

  @Test
  void aSinceDateStartsAStateAndDoesNotCarryOver() {
    String text = "On 8 June 2019, engineers reopened the bridge. "
        + "The militia, which had held the port since 3 May 2019, abandoned its positions.";
    assertEquals("2019-06-08", date(text, null, "abandoned"));
    String conjoined = "On 8 June 2019, engineers reopened the bridge. "
        + "The militia had held the port since 3 May 2019 and then abandoned its positions.";
    assertEquals("2019-06-08", date(conjoined, null, "abandoned"));
  }

  @Test
  void presentTenseSpeechTakesTheTimeOfTheReportButPastTenseSpeechDoesNot() {
    assertEquals("2020-03-04", date("On 4 March 2020, the mayor said: 'We are evacuating the northern districts now.'",
        null, "evacuating"));
    assertNull(date("On 4 March 2020, the mayor said: 'They burned the northern market to the ground.'", null, "burned"));
  }

  @Test
  void aYearDatingAClauseGivesYearPrecisionAndSetsTheYearOfWhatFollows() {
    LocalDate published = LocalDate.of(2021, 6, 1);
    EventDate annexed = dates.dateOf(at(annotate("In 2014, the republic annexed the peninsula.", published), "annexed"));
    assertEquals("2014", annexed.value());
    assertEquals(DatePrecision.YEAR, annexed.precision());
    assertEquals("2014-04", date("In 2014, rebels seized the airport. In April, they shelled the station.", published, "shelled"));
    assertEquals("2021-04", date("Rebels seized the airport, which they had lost in 2014. In April, they shelled the station.",
        published, "shelled"));
  }

  @Test
  void aWeekdayInAReportIsTheLatestSuchDayUpToPublication() {
    // 2021-06-11 is a Friday.
    assertEquals("2021-06-10", date("Rebels attacked the convoy on Thursday.", LocalDate.of(2021, 6, 11), "attacked"));
  }

  @Test
  void aWireDatelineDatesTheLeadParagraph() {
    String text = "DALBY, March 3 (Reuters) - Troops crossed the border, officials said.";
    EventDate d = dates.dateOf(at(annotate(text, LocalDate.of(2021, 3, 3)), "crossed"));
    assertEquals("2021-03-03", d.value());
    assertEquals(false, d.fromPublished());
  }

  @Test
  void withoutAnyDateOrPublishedDateThereIsNoDate() {
    assertNull(date("Farmers blocked the road to the coast.", null, "blocked"));
  }

  // --- sources

  private String source(String text, String trigger, int nth) {
    Participant p = sources.sourceOf(at(annotate(text, null), trigger, nth));
    return p == null ? null : p.mention();
  }

  @Test
  void theSubjectOfAReportingVerbIsTheSource() {
    assertEquals("The port authority", source("The port authority said that smugglers had burned two boats.", "burned", 0));
    assertEquals("police", source("Gunmen attacked a convoy near the border, police said.", "attacked", 0));
  }

  @Test
  void aSentenceOpenedOrClosedByAReportIsTheReportersEvenWhenTheParseLosesTheClause() {
    assertEquals("The border agency", source("The border agency claimed on 3 May 4 p.m. local time (1 p.m. UTC) that all "
        + "lorries (about 300) had been moved across the bridge in an orderly convoy.", "moved", 0));
    assertEquals("the regional news agencies", source("Most of the garrison has been relocated to the port of Dalby, "
        + "the regional news agencies reported, citing an official.", "relocated", 0));
    assertNull(source("Following the ceasefire, the mayor called it a turning point.", "ceasefire", 0));
  }

  @Test
  void accordingToNamesTheSource() {
    assertEquals("the coast guard", source("According to the coast guard, the tanker sank overnight.", "sank", 0));
  }

  @Test
  void aQuotationBelongsToItsSpeakerAndAPronounToItsAntecedent() {
    String text = "The Interior Ministry spoke of heavy losses. “The militants destroyed three checkpoints before dawn,” it said.";
    assertEquals("The Interior Ministry", source(text, "destroyed", 0));
  }

  @Test
  void anEventNounObjectOfASpeechVerbHasTheSpeakerAsSource() {
    assertEquals("The opposition", source("The opposition calls the arrest a political act.", "arrest", 0));
  }

  @Test
  void aHedgedSentenceContinuesThePreviousAssessment() {
    String text = "The agency doubted that the rebels left the hills. It is likely that they moved west in May.";
    assertEquals("The agency", source(text, "moved", 0));
  }

  @Test
  void aSentenceOpenedInsideAQuotationStaysWithItsSpeakerAfterTheQuoteCloses() {
    String text = "The port's director told the press: 'We cannot unload these ships in a day. "
        + "At the very least, it will take a week' to clear them all (twelve by her count).";
    assertEquals("The port's director", source(text, "clear", 0));
    String next = "The broadcaster described the mood as \"a quiet week. Both sides have stopped firing at each other.\" "
        + "Rioters burned three shops later that night.";
    assertNull(source(next, "burned", 0));
  }

  @Test
  void aReportWithItsOwnComplementCoversOnlyItsClause() {
    String text = "In May the army deported 400 villagers to the coast; local officials alleged that "
        + "these transfers were illegal, and called them crimes.";
    assertNull(source(text, "deported", 0));
  }

  @Test
  void theTextsOwnVoiceHasNoSource() {
    assertNull(source("Commenting on the strike, the mayor said nothing.", "strike", 0));
    assertNull(source("Storms flooded the valley in 2012.", "flooded", 0));
  }

  // --- modality

  private Modality modality(String text, String trigger) {
    return modalities.modalityOf(at(annotate(text, null), trigger));
  }

  @Test
  void negationOfTheTriggerOrItsControllingVerb() {
    assertEquals(Modality.NEGATED, modality("The garrison did not surrender.", "surrender"));
    assertEquals(Modality.NEGATED, modality("The garrison failed to evacuate the wounded.", "evacuate"));
    assertEquals(Modality.NEGATED, modality("There were no arrests at the rally.", "arrests"));
  }

  @Test
  void aSubjectOrObjectThatIsNoneNegatesButNotAllDoesNot() {
    assertEquals(Modality.NEGATED, modality("No villagers were injured in the blast.", "injured"));
    assertEquals(Modality.NEGATED, modality("Not one villager was injured in the blast.", "injured"));
    assertEquals(Modality.NEGATED, modality("The gunmen stole nothing from the shop.", "stole"));
    assertEquals(Modality.ASSERTED, modality("Not all villagers were evacuated before the flood.", "evacuated"));
  }

  @Test
  void leavingSomethingBehindIsNotTakingItAndNegatedTwiceIsTakingIt() {
    assertEquals(Modality.NEGATED, modality("The smugglers left behind two boats.", "left"));
    assertEquals(Modality.NEGATED, modality("The smugglers left their boats behind.", "left"));
    assertEquals(Modality.NEGATED, modality("The rebels fled, with their jeeps left behind at the ford.", "left"));
    assertEquals(Modality.ASSERTED, modality("Not a single boat was left behind, the captain said.", "left"));
    assertEquals(Modality.ASSERTED, modality("Nothing was left behind at the camp.", "left"));
    assertEquals(Modality.UNCERTAIN, modality("The smugglers probably left behind two boats.", "left"));
  }

  @Test
  void theContentOfAStatementKeepsItsOwnModalityAndSpeaker() {
    String text = "Witnesses suggested that the rebels had fled, contradicting the governor's statement that the rebels"
        + " had surrendered at the dam.";
    AnnotatedDocument doc = annotate(text, null);
    assertEquals(Modality.ASSERTED, modalities.modalityOf(at(doc, "surrendered")));
    assertEquals("governor", sources.sourceOf(at(doc, "surrendered")).mention().replace("the ", "").replace("'s", "").strip());
  }

  @Test
  void hedgesMakeAnEventUncertain() {
    assertEquals(Modality.UNCERTAIN, modality("Rebels reportedly looted the bank.", "looted"));
    assertEquals(Modality.UNCERTAIN, modality("It is likely that rebels looted the bank.", "looted"));
    assertEquals(Modality.UNCERTAIN, modality("Officials doubted that rebels looted the bank.", "looted"));
    assertEquals(Modality.UNCERTAIN, modality("Rebels might have looted the bank.", "looted"));
  }

  @Test
  void plansAndAnnouncementsAreFuture() {
    assertEquals(Modality.FUTURE, modality("The army will withdraw from the valley.", "withdraw"));
    assertEquals(Modality.FUTURE, modality("The army plans to withdraw from the valley.", "withdraw"));
    assertEquals(Modality.FUTURE, modality("The minister said the army would withdraw from the valley.", "withdraw"));
  }

  @Test
  void conditionsAreHypothetical() {
    assertEquals(Modality.HYPOTHETICAL, modality("If the dam were to collapse, the town would flood.", "collapse"));
    assertEquals(Modality.HYPOTHETICAL, modality("The navy could once again blockade the port.", "blockade"));
  }

  @Test
  void aPlainStatementIsAsserted() {
    assertEquals(Modality.ASSERTED, modality("Protesters occupied the square on Sunday.", "occupied"));
  }

  // --- quantities

  @Test
  void numbersCountTheirNounsWithQualifiers() {
    List<Quantity> found = quantities.quantitiesOf(at(annotate(
        "Police detained at least 120 protesters and about 15 journalists.", null), "detained"));
    assertEquals(2, found.size());
    assertEquals(120, found.get(0).value());
    assertEquals("protesters", found.get(0).counts());
    assertEquals("at least", found.get(0).qualifier());
    assertEquals("about", found.get(1).qualifier());
  }

  @Test
  void aParenthesisedNumberCountsTheNounBeforeIt() {
    List<Quantity> found = quantities.quantitiesOf(at(annotate(
        "The rebels evacuated all fighters (approximately 2,500) from the town.", null), "evacuated"));
    assertEquals(1, found.size());
    assertEquals(2500, found.get(0).value());
    assertEquals("fighters", found.get(0).counts());
    assertEquals("about", found.get(0).qualifier());
  }

  @Test
  void aParenthesisedEstimateAfterAPronounCountsItsAntecedentAndIsApproximate() {
    List<Quantity> found = quantities.quantitiesOf(at(annotate(
        "It is hard to feed these refugees for two weeks. It will take a month to house them all (9,000 by her estimate).",
        null), "house"));
    assertEquals(1, found.size());
    assertEquals("refugees", found.get(0).counts());
    assertEquals("about", found.get(0).qualifier());
  }

  @Test
  void aParticipleModifyingACountedNounTakesItsNumber() {
    List<Quantity> found = quantities.quantitiesOf(at(annotate(
        "Volunteers fed the 3,000 evacuated villagers.", null), "evacuated"));
    assertEquals(1, found.size());
    assertEquals(3000, found.get(0).value());
    assertEquals("villagers", found.get(0).counts());
  }
}
