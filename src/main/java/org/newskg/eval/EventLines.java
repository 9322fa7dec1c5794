package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newskg.ingest.JsonText;

/** Reads the events export ({@code export --format events}) into {@link SystemEvent}s. */
public final class EventLines {

  private EventLines() {}

  /** Every non-blank line of {@code file} as a system event. */
  public static List<SystemEvent> read(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !PythonText.isBlank(line))
        .map(EventLines::parse)
        .toList();
  }

  /** One events-export line. */
  public static SystemEvent parse(String line) {
    try {
      return event(JsonText.parseObject(line));
    } catch (JsonException e) {
      throw new EvalInputException("bad event line: " + JsonText.problem(e), e);
    }
  }

  /** One events-export object, already parsed. */
  public static SystemEvent event(JsonObject j) {
    return new SystemEvent(JsonValues.string(j, "doc"), JsonValues.string(j, "action"),
        offset(j, "begin"), offset(j, "end"),
        refs(j.get("actors")), refs(j.get("targets")), refs(j.get("places")),
        JsonValues.string(j, "date"),
        JsonValues.truthy(j.get("source")) ? ref(j.get("source")) : null,
        JsonValues.string(j, "modality"));
  }

  /** {@code --actions a,b,c} as score.py reads it: null when absent or empty. */
  public static Set<String> actions(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isEmpty()) {
      return null;
    }
    return Arrays.stream(commaSeparated.split(",", -1)).collect(Collectors.toSet());
  }

  private static int offset(JsonObject j, String key) {
    JsonValue v = j.get(key);
    if (v == null || !v.isNumber()) {
      throw new EvalInputException("no number \"" + key + "\" in event " + j.toString().strip());
    }
    return v.getAsNumber().value().intValue();
  }

  private static List<NameRef> refs(JsonValue v) {
    return JsonValues.array(v).stream().map(EventLines::ref).toList();
  }

  // A bare string counts as a label, as score.py's values() treats it.
  private static NameRef ref(JsonValue v) {
    if (v.isString()) {
      return new NameRef(v.getAsString().value(), null);
    }
    JsonObject o = v.isObject() ? v.getAsObject() : new JsonObject();
    return new NameRef(JsonValues.string(o, "label"), JsonValues.string(o, "mention"));
  }
}
