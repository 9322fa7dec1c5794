package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures worked out by hand on {@link EvalFixture}; the IT checks them against score.py too. */
class GoldScorerTest {
  private static final double EPS = 1e-12;

  private final GoldScorer scorer = new GoldScorer();

  private Scores score(Set<String> only) {
    List<GoldMention> gold = EvalFixture.GOLD.stream().map(GoldFile::parse).toList();
    List<SystemEvent> system = EvalFixture.events().stream().map(EventLines::parse).toList();
    return scorer.score(gold, EvalFixture.texts(), system, only);
  }

  @Test
  void allActions() {
    Scores s = score(null);
    // system c is dropped (no gold for its doc); the tie on g0 goes to the later system mention
    assertEquals(List.of(5, 7, 5), List.of(s.gold(), s.system(), s.matched()));
    assertEquals(5.0 / 7, s.actionP(), EPS);
    assertEquals(1.0, s.actionR(), EPS);
    assertEquals(10.0 / 12, s.actionF1(), EPS);
    assertEquals(0.8, s.actorF1(), EPS); // 4 of 5 both ways: "Delegation" is not "delegates"
    assertEquals(0.8, s.targetF1(), EPS); // p 2/3 ("river" wrong), r 2/2
    assertEquals(4.0 / 7, s.placeF1(), EPS); // p 2/3, r 2/4: the tie winner says Lakeside
    assertEquals(0.75, s.dateAcc(), EPS); // 2021-05 wanted, 2021-05-03 given
    assertEquals(0.75, s.sourceAcc(), EPS); // g2 has no source field; empty-named source is wrong
    assertEquals(0.8, s.modalityAcc(), EPS);
    assertEquals(1.0 / 6, s.tupleF1(), EPS); // only the arrest is fully right
  }

  @Test
  void actionSubset() {
    Scores s = score(Set.of("withdraw", "meet"));
    assertEquals(List.of(2, 3, 2), List.of(s.gold(), s.system(), s.matched()));
    assertEquals(0.8, s.actionF1(), EPS);
    assertEquals(0.5, s.actorF1(), EPS);
    assertEquals(0.0, s.targetF1(), EPS);
    assertEquals(0.5, s.placeF1(), EPS);
    assertEquals(1.0, s.dateAcc(), EPS);
    assertEquals(0.5, s.sourceAcc(), EPS);
    assertEquals(1.0, s.modalityAcc(), EPS);
    assertEquals(0.0, s.tupleF1(), EPS);
  }

  @Test
  void nothingToMeasureIsNoneNotZero() {
    Scores s = score(EventLines.actions("arrest"));
    assertNull(s.dateAcc());
    assertNull(s.sourceAcc());
    assertEquals(0.0, s.modalityAcc());
    assertTrue(s.toText().contains("date_acc       None\n"), s.toText());
    assertTrue(s.toJson().contains("\"date_acc\": null"), s.toJson());
  }

  @Test
  void textAndJsonLayoutFollowScorePy() {
    Scores s = score(Set.of("withdraw", "meet"));
    assertEquals("""
        gold           2
        system         3
        matched        2
        action_p       0.667
        action_r       1.000
        action_f1      0.800
        actor_f1       0.500
        target_f1      0.000
        place_f1       0.500
        date_acc       1.000
        source_acc     0.500
        modality_acc   1.000
        tuple_f1       0.000
        """, s.toText());
    assertEquals("{\"gold\": 2, \"system\": 3, \"matched\": 2, \"action_p\": 0.6666666666666666,"
        + " \"action_r\": 1.0, \"action_f1\": 0.8, \"actor_f1\": 0.5, \"target_f1\": 0.0,"
        + " \"place_f1\": 0.5, \"date_acc\": 1.0, \"source_acc\": 0.5, \"modality_acc\": 1.0,"
        + " \"tuple_f1\": 0.0}", s.toJson());
  }

  @Test
  void filesReadAsPythonReadsThem(@TempDir Path dir) throws IOException {
    EvalFixture.write(dir);
    List<GoldMention> gold = GoldFile.read(dir.resolve("gold.jsonl"));
    var texts = GoldFile.readTexts(dir.resolve("texts"), List.of("a", "b"));
    assertEquals(EvalFixture.TEXT_B, texts.get("b"));
    Scores fromFiles = scorer.score(gold, texts, EventLines.read(dir.resolve("events.jsonl")), null);
    assertEquals(score(null), fromFiles);
  }

  @Test
  void missingGoldEvidenceFailsLikeScorePy() {
    GoldMention g = GoldFile.parse("{\"doc\": \"a\", \"id\": \"x9\", \"action\": \"withdraw\","
        + " \"evidence\": \"not in the text\"}");
    EvalInputException e = assertThrows(EvalInputException.class,
        () -> scorer.score(List.of(g), EvalFixture.texts(), List.of(), null));
    assertEquals("gold evidence not found: x9", e.getMessage());
  }

  @Test
  void goldSourceNullAndMissingAreTold() {
    assertTrue(GoldFile.parse(EvalFixture.GOLD.get(0)).sourceGiven());
    assertNull(GoldFile.parse(EvalFixture.GOLD.get(0)).source());
    assertFalse(GoldFile.parse(EvalFixture.GOLD.get(2)).sourceGiven());
  }

  @Test
  void emptyActionsOptionMeansAll() {
    assertNull(EventLines.actions(""));
    assertEquals(Set.of("a", ""), EventLines.actions("a,,a"));
  }
}
