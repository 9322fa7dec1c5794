package org.newskg.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.newskg.ingest.JsonText;

/** Reads gold JSONL files and the texts they annotate, as score.py reads them. */
public final class GoldFile {

  private GoldFile() {}

  /** Every non-blank line of {@code file} as a gold mention. */
  public static List<GoldMention> read(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !PythonText.isBlank(line))
        .map(GoldFile::parse)
        .toList();
  }

  /** One gold line. */
  public static GoldMention parse(String line) {
    try {
      return mention(JsonText.parseObject(line));
    } catch (JsonException e) {
      throw new EvalInputException("bad gold line: " + JsonText.problem(e), e);
    }
  }

  private static GoldMention mention(JsonObject j) {
    return new GoldMention(
        JsonValues.required(j, "doc"), JsonValues.string(j, "id"), JsonValues.required(j, "action"),
        JsonValues.string(j, "trigger"), JsonValues.required(j, "evidence"),
        JsonValues.participants(j.get("actor")), JsonValues.participants(j.get("target")),
        JsonValues.participants(j.get("place")),
        JsonValues.string(j, "date"),
        j.hasKey("source"), source(j),
        JsonValues.string(j, "modality"));
  }

  private static List<String> source(JsonObject j) {
    return j.get("source") == null || j.get("source").isNull() ? null : JsonValues.names(j.get("source"));
  }

  /**
   * The text of each document, from {@code dir/DOC.txt}, as Python's {@code read_text()} gives it:
   * strict UTF-8, a BOM kept, and {@code \r\n} and {@code \r} turned into {@code \n}. Use these
   * texts for figures identical to score.py's.
   */
  public static Map<String, String> readTexts(Path dir, Collection<String> docs) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String doc : docs) {
      texts.put(doc, pythonText(dir.resolve(doc + ".txt")));
    }
    return texts;
  }

  private static String pythonText(Path file) throws IOException {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
      return text.replace("\r\n", "\n").replace('\r', '\n');
    } catch (CharacterCodingException e) {
      throw new EvalInputException(file + ": invalid UTF-8", e);
    }
  }
}
