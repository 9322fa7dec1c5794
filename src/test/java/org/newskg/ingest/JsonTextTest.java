package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.jena.atlas.json.JsonParseException;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  @Test
  void decodesEveryJsonEscape() {
    String json = "{\"a\": \"q\\\"b\\\\s\\/f\\f\\b\\n\\u00e9\\ud83d\\ude00\"}";
    assertEquals("q\"b\\s/f\f\b\n\u00e9\uD83D\uDE00",
        JsonText.parseObject(json).get("a").getAsString().value());
  }

  @Test
  void escapedBackslashBeforeAnFStaysTwoCharacters() {
    assertEquals("\\f", JsonText.parseObject("{\"a\": \"\\\\f\"}").get("a").getAsString().value());
  }

  @Test
  void refusesTextAfterTheObject() {
    for (String bad : new String[] {"{\"a\": 1} x", "{\"a\": 1}]", "{\"a\": 1}}", "{\"a\": 1}, {}"}) {
      assertThrows(JsonParseException.class, () -> JsonText.parseObject(bad), bad);
    }
  }

  @Test
  void refusesNonObjects() {
    assertThrows(JsonParseException.class, () -> JsonText.parseObject("[1]"));
    assertThrows(JsonParseException.class, () -> JsonText.parseObject(""));
  }
}
