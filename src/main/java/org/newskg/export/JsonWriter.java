package org.newskg.export;

import java.math.BigDecimal;

/** Writes JSON values into a StringBuilder in the order given: small, and no JSON library needed. */
final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  private boolean first = true;

  JsonWriter open() {
    out.append('{');
    first = true;
    return this;
  }

  JsonWriter close() {
    out.append('}');
    first = false;
    return this;
  }

  JsonWriter key(String name) {
    if (!first) {
      out.append(", ");
    }
    first = false;
    string(name).append(": ");
    return this;
  }

  JsonWriter string(String key, String value) {
    key(key);
    if (value == null) {
      out.append("null");
    } else {
      string(value);
    }
    return this;
  }

  /** A number from its lexical form (xsd:decimal or integer), or null. */
  JsonWriter number(String key, String lexical) {
    key(key).out.append(lexical == null ? "null" : new BigDecimal(lexical).toPlainString());
    return this;
  }

  /** Inserts already-written JSON (an object or an array) as the value of a key. */
  JsonWriter raw(String key, String json) {
    key(key).out.append(json);
    return this;
  }

  private StringBuilder string(String value) {
    out.append('"');
    value.chars().forEach(this::escape);
    return out.append('"');
  }

  private void escape(int c) {
    switch (c) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> out.append(c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c));
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
