package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Home;
import org.newskg.ingest.Span;

/** Runs the reference score.py and GoldScorer on the same files and wants the same output, byte for byte. */
class ScorePyParityIT {
  private static final Path SHARED = Home.path("..").resolve("shared").normalize();
  private static final Path SCORE_PY = SHARED.resolve("gold/score.py");

  @TempDir static Path dir;

  @BeforeAll
  static void needPythonAndScorePy() throws IOException {
    assumeTrue(Files.isRegularFile(SCORE_PY), "skipped: " + SCORE_PY + " not found (../shared missing)");
    assumeTrue(pythonWorks(), "skipped: python3 not on the PATH");
    EvalFixture.write(dir);
  }

  @Test
  void fixtureAllActions() throws Exception {
    assertSameAsPython(dir.resolve("gold.jsonl"), dir.resolve("texts"), dir.resolve("events.jsonl"), null);
  }

  @Test
  void fixtureActionSubsets() throws Exception {
    for (String only : List.of("withdraw,meet", "arrest", "protest,capture,attack", "nothing")) {
      assertSameAsPython(dir.resolve("gold.jsonl"), dir.resolve("texts"), dir.resolve("events.jsonl"), only);
    }
  }

  /** The development gold against events made from it with deliberate errors: real names and quotes. */
  @Test
  void developmentGoldWithPerturbedEvents() throws Exception {
    Path gold = SHARED.resolve("gold/seeds.jsonl");
    Path texts = SHARED.resolve("corpus");
    assumeTrue(Files.isRegularFile(gold) && Files.isDirectory(texts), "skipped: no development gold");
    List<GoldMention> mentions = GoldFile.read(gold);
    Map<String, String> textOf = GoldFile.readTexts(texts, mentions.stream().map(GoldMention::doc).distinct().toList());
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      lines.add(perturbedEvent(i, mentions.get(i), textOf.get(mentions.get(i).doc())));
    }
    Path events = Files.write(dir.resolve("dev-events.jsonl"), lines);
    assertSameAsPython(gold, texts, events, null);
    assertSameAsPython(gold, texts, events, "withdraw,capture,evacuate");
  }

  private static String perturbedEvent(int i, GoldMention g, String text) {
    Span span = EvidenceLocator.locate(text, g.evidence());
    int shift = i % 4 == 0 ? span.end() - span.begin() - 2 : 0;
    String action = i % 7 == 3 ? "attack" : g.action();
    String date = i % 3 == 0 ? null : i % 5 == 0 ? "2022" : g.date();
    String source = g.source() == null || i % 6 == 1 ? null : ref(g.source().get(g.source().size() - 1), null);
    return String.format("{\"doc\": %s, \"action\": %s, \"begin\": %d, \"end\": %d, \"actors\": %s,"
            + " \"targets\": %s, \"places\": %s, \"date\": %s, \"source\": %s, \"modality\": %s}",
        q(g.doc()), q(action), span.begin() + shift, span.end() + shift, refs(g.actor(), i),
        refs(g.target(), i + 1), refs(g.place(), i + 2), q(date), source, q(i % 8 == 2 ? "negated" : g.modality()));
  }

  private static String refs(List<List<String>> participants, int i) {
    return participants.stream()
        .map(p -> i % 5 == 4 ? ref("the " + p.get(0) + "'s", null) : ref(p.get(p.size() - 1), p.get(0)))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static String ref(String label, String mention) {
    return "{\"label\": " + q(label) + ", \"mention\": " + q(mention) + "}";
  }

  private static String q(String s) {
    return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private void assertSameAsPython(Path gold, Path texts, Path events, String only) throws Exception {
    List<GoldMention> g = GoldFile.read(gold);
    Set<String> actions = EventLines.actions(only);
    Scores java = new GoldScorer().score(g, GoldFile.readTexts(texts, g.stream().map(GoldMention::doc).distinct().toList()),
        EventLines.read(events), actions);
    assertEquals(python(gold, texts, events, only, false), java.toText(), "text output, --actions " + only);
    assertEquals(python(gold, texts, events, only, true), java.toJson() + "\n", "--json output, --actions " + only);
  }

  private static String python(Path gold, Path texts, Path events, String only, boolean json) throws Exception {
    List<String> command = new ArrayList<>(List.of("python3", SCORE_PY.toString(), gold.toString(),
        texts.toString(), events.toString()));
    if (only != null) {
      command.addAll(List.of("--actions", only));
    }
    if (json) {
      command.add("--json");
    }
    return run(command);
  }

  private static String run(List<String> command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    pb.environment().put("PYTHONIOENCODING", "utf-8");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assumeTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), "score.py failed: " + command);
    return out;
  }

  private static boolean pythonWorks() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
