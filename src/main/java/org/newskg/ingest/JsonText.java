package org.newskg.ingest;

import java.io.StringReader;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.atlas.json.io.JSONMaker;
import org.apache.jena.atlas.json.io.parserjavacc.JSONParserJavaCC;

/**
 * Strict parsing of one JSON object. Jena's default {@code JSON.parse} accepts single quotes,
 * bare keys and trailing text; its JavaCC parser rejects all three, so a broken line is caught.
 */
public final class JsonText {

  private JsonText() {}

  /** The object {@code text} holds; {@link JsonParseException} when it is not exactly one JSON object. */
  public static JsonObject parseObject(String text) {
    JSONMaker maker = new JSONMaker();
    JSONParserJavaCC.parseAny(new StringReader(text), maker);
    JsonValue value = maker.jsonValue();
    if (value == null || !value.isObject()) {
      throw new JsonParseException("not a JSON object", -1, -1);
    }
    return value.getAsObject();
  }

  /** The problem in {@code e}'s message, on one line. */
  public static String problem(RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("\\s+", " ").strip();
  }
}
