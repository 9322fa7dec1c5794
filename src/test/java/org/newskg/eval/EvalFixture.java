package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Small gold, texts and system events written for the eval tests: two scored documents, a
 * tie between two system mentions, whitespace-flexible evidence, an emoji before an evidence
 * (Python counts code points), CRLF in a text file, interval and point dates, "the"/"'s" names,
 * null, missing and given sources, and a system mention for a document without gold.
 */
final class EvalFixture {
  static final String TEXT_A = "Troops of the Northern Army withdrew from Riverton. The rebels captured"
      + " the old bridge near Riverton, city officials said. Police arrested the mayor\u2019s aide.\n";
  static final String FILE_B = "Delegates met in Lakeside on 3 May 2021 \uD83C\uDF89.\r\nProtesters marched\n"
      + "  through Lakeside. Rioters attacked a shop.\n";
  /** File b as Python's read_text() gives it. */
  static final String TEXT_B = FILE_B.replace("\r\n", "\n");

  static final List<String> GOLD = List.of(
      """
      {"doc": "a", "id": "g0", "action": "withdraw", "evidence": "Troops of the Northern Army withdrew from Riverton", "actor": [["Northern Army"]], "target": [], "place": [["Riverton"]], "date": "2021-05-01/2021-05-03", "source": null, "modality": "asserted"}""",
      """
      {"doc": "a", "id": "g1", "action": "capture", "evidence": "The rebels captured the old bridge near Riverton", "actor": [["rebels"]], "target": [["old bridge", "bridge"]], "place": [["Riverton"]], "date": "2021-05-02", "source": ["city officials"], "modality": "uncertain"}""",
      """
      {"doc": "a", "id": "g2", "action": "arrest", "evidence": "Police arrested the mayor\u2019s aide", "actor": [["police"]], "target": [["mayor's aide", "aide"]], "place": [], "date": null, "modality": "asserted"}""",
      """
      {"doc": "b", "id": "g3", "action": "meet", "evidence": "Delegates met in Lakeside on 3 May 2021", "actor": [["delegates"]], "target": [], "place": [["Lakeside"]], "date": "2021-05-03", "source": null, "modality": "asserted"}""",
      """
      {"doc": "b", "id": "g4", "action": "protest", "evidence": "Protesters marched through Lakeside", "actor": [["protesters"]], "target": [], "place": [["Lakeside"]], "date": "2021-05", "source": null, "modality": "asserted"}""");

  private EvalFixture() {}

  static Map<String, String> texts() {
    return Map.of("a", TEXT_A, "b", TEXT_B);
  }

  /** The system's event lines, offsets in code points of the texts as Python reads them. */
  static List<String> events() {
    int g0 = at(TEXT_A, "Troops");
    int g0End = at(TEXT_A, ". The rebels");
    int g4 = at(TEXT_B, "Protesters");
    return List.of(
        event("a", "withdraw", g0, g0End, "[{\"label\": \"Northern Army\"}]", "[]",
            "[{\"label\": \"Riverton\"}]", "\"2021-05-02\"", "null", "\"asserted\""),
        event("a", "withdraw", g0, g0End,
            "[{\"label\": \"the Northern Army's\", \"mention\": \"Troops\"}]", "[]",
            "[{\"label\": \"Lakeside\"}]", "\"2021-05-02\"", "null", "\"asserted\""),
        event("a", "capture", at(TEXT_A, "The rebels"), at(TEXT_A, " Police"),
            "[{\"label\": \"The rebels\"}]", "[{\"label\": \"bridge\"}, {\"label\": \"river\"}]", "[]",
            "\"2021-05-02\"", "{\"label\": \"officials\", \"mention\": null}", "\"uncertain\""),
        event("a", "arrest", at(TEXT_A, "Police"), TEXT_A.codePointCount(0, TEXT_A.length()) - 1,
            "[\"Police\"]", "[{\"label\": \"aide\", \"mention\": \"the mayor\u2019s aide\"}]", "[]",
            "\"2021-05-03\"", "{\"label\": \"Reuters\"}", "\"negated\""),
        event("b", "meet", at(TEXT_B, "met in"), at(TEXT_B, " on 3 May"),
            "[{\"label\": \"Delegation\"}]", "[]", "[{\"label\": \"Lakeside\"}]",
            "\"2021-05-03/2021-05-03\"", "{\"label\": \"\", \"mention\": \"\"}", "\"asserted\""),
        event("b", "protest", g4 - 3, g4 + 1, "[{\"label\": \"Protesters\"}]", "[]",
            "[{\"mention\": \"Lakeside Cafe\u0301\"}]", "\"2021-05-03\"", "null", "null"),
        event("b", "attack", at(TEXT_B, "Rioters"), at(TEXT_B, " a shop"),
            "[{\"label\": \"rioters\"}]", "[]", "[]", "null", "null", "\"asserted\""),
        event("c", "withdraw", 0, 10, "[]", "[]", "[]", "null", "null", "\"asserted\""));
  }

  /** Writes gold.jsonl, events.jsonl and texts/{a,b}.txt (b with its CRLF) under {@code dir}. */
  static void write(Path dir) throws IOException {
    Files.write(dir.resolve("gold.jsonl"), GOLD);
    Files.write(dir.resolve("events.jsonl"), events());
    Files.createDirectories(dir.resolve("texts"));
    Files.writeString(dir.resolve("texts/a.txt"), TEXT_A);
    Files.writeString(dir.resolve("texts/b.txt"), FILE_B);
  }

  private static int at(String text, String part) {
    return text.codePointCount(0, text.indexOf(part));
  }

  private static String event(String doc, String action, int begin, int end, String actors,
      String targets, String places, String date, String source, String modality) {
    return String.format("{\"doc\": \"%s\", \"action\": \"%s\", \"begin\": %d, \"end\": %d, \"actors\": %s,"
            + " \"targets\": %s, \"places\": %s, \"date\": %s, \"source\": %s, \"modality\": %s}",
        doc, action, begin, end, actors, targets, places, date, source, modality);
  }
}
