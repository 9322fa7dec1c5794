package org.newskg.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every measure of score.py. The accuracies are null when no matched pair has what they measure
 * (e.g. no gold date): "nothing to measure" is not 0.0.
 */
public record Scores(
    int gold,
    int system,
    int matched,
    double actionP,
    double actionR,
    double actionF1,
    double actorF1,
    double targetF1,
    double placeF1,
    Double dateAcc,
    Double sourceAcc,
    Double modalityAcc,
    double tupleF1) {

  /** The measures under score.py's keys, in its order; values are Integer, Double or null. */
  public Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gold", gold);
    m.put("system", system);
    m.put("matched", matched);
    m.put("action_p", actionP);
    m.put("action_r", actionR);
    m.put("action_f1", actionF1);
    m.put("actor_f1", actorF1);
    m.put("target_f1", targetF1);
    m.put("place_f1", placeF1);
    m.put("date_acc", dateAcc);
    m.put("source_acc", sourceAcc);
    m.put("modality_acc", modalityAcc);
    m.put("tuple_f1", tupleF1);
    return m;
  }

  /** score.py's plain output, character for character: one {@code key value} line per measure. */
  public String toText() {
    return asMap().entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%-14s %s", e.getKey(), textValue(e.getValue())) + "\n")
        .collect(Collectors.joining());
  }

  /** score.py's {@code --json} output, character for character (without the final newline). */
  public String toJson() {
    return asMap().entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\": " + jsonValue(e.getValue()))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private static String textValue(Object v) {
    return v instanceof Double d ? PythonFloat.fixed3(d) : String.valueOf(v == null ? "None" : v);
  }

  private static String jsonValue(Object v) {
    return v instanceof Double d ? PythonFloat.repr(d) : String.valueOf(v == null ? "null" : v);
  }
}
