package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Reads JSON fields the way score.py's Python expressions see them (absent, null and empty alike). */
final class JsonValues {

  private JsonValues() {}

  /** The string under {@code key}, null when absent, null or not a string. */
  static String string(JsonObject json, String key) {
    JsonValue v = json.get(key);
    return v != null && v.isString() ? v.getAsString().value() : null;
  }

  static String required(JsonObject json, String key) {
    String value = string(json, key);
    if (value == null) {
      throw new EvalInputException("no string \"" + key + "\" in " + json.toString().strip());
    }
    return value;
  }

  /** A list of names; a bare string is iterated by character, as Python would. */
  static List<String> names(JsonValue v) {
    if (v != null && v.isString()) {
      return v.getAsString().value().codePoints().mapToObj(Character::toString).toList();
    }
    List<String> names = new ArrayList<>();
    for (JsonValue item : array(v)) {
      if (item.isString()) {
        names.add(item.getAsString().value());
      }
    }
    return names;
  }

  /** A list of participants, each a list of acceptable names; absent or null is empty. */
  static List<List<String>> participants(JsonValue v) {
    return array(v).stream().map(JsonValues::names).toList();
  }

  static List<JsonValue> array(JsonValue v) {
    return v != null && v.isArray() ? new ArrayList<>((JsonArray) v) : List.of();
  }

  /** Python's truth value of a JSON value. */
  static boolean truthy(JsonValue v) {
    if (v == null || v.isNull()) {
      return false;
    }
    if (v.isBoolean()) {
      return v.getAsBoolean().value();
    }
    if (v.isNumber()) {
      return v.getAsNumber().value().doubleValue() != 0;
    }
    if (v.isString()) {
      return !v.getAsString().value().isEmpty();
    }
    return v.isArray() ? !((JsonArray) v).isEmpty() : !v.getAsObject().isEmpty();
  }
}
