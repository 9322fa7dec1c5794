package org.newskg.ingest;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Parsing of exactly one JSON object with Jena's JSON parser. {@code JSON.parse} stops after the
 * first value and ignores what follows, so the text is parsed inside an array with a sentinel,
 * {@code [TEXT\n,0]}, which has exactly two elements only when TEXT is one value. Jena's tokenizer
 * refuses the valid escape {@code \\f}, so it is rewritten as {@code \\u000c} first. (Jena's
 * JavaCC JSON parser sees trailing text but leaves escapes such as a quoted quote undecoded.)
 * Jena stays lenient about single-quoted strings and bare keys.
 */
public final class JsonText {

  private JsonText() {}

  /** The object {@code text} holds; {@link JsonParseException} when it is not exactly one JSON object. */
  public static JsonObject parseObject(String text) {
    JsonValue wrapped = JSON.parseAny("[" + withoutFormFeedEscapes(text) + "\n,0]");
    JsonArray values = wrapped.isArray() ? wrapped.getAsArray() : new JsonArray();
    if (values.size() != 2) {
      throw new JsonParseException("not exactly one JSON value (text after it?)", -1, -1);
    }
    if (!values.get(0).isObject()) {
      throw new JsonParseException("not a JSON object", -1, -1);
    }
    return values.get(0).getAsObject();
  }

  // Walks escape pairs left to right, so an escaped backslash before an f is left alone.
  private static String withoutFormFeedEscapes(String text) {
    if (!text.contains("\\f")) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(next == 'f' ? "\\u000c" : "\\" + next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The problem in {@code e}'s message, on one line. */
  public static String problem(RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("\\s+", " ").strip();
  }
}
