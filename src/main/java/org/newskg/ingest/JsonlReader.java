package org.newskg.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;

/**
 * Reads a {@code .jsonl} corpus line by line, so a big file streams; each line is decoded and
 * judged on its own, so one broken line costs only itself.
 */
final class JsonlReader {
  static final String EXTENSION = ".jsonl";

  private JsonlReader() {}

  static void read(Path file, CorpusSink sink) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      int records = 0;
      byte[] line;
      for (int n = 1; (line = nextLine(in)) != null; n++) {
        records += readLine(line, file + ":line " + n, sink) ? 1 : 0;
      }
      if (records == 0) {
        sink.reject(new Rejection(file.toString(), "empty file"));
      }
    }
  }

  /** Reads one line; false when it was blank. */
  private static boolean readLine(byte[] bytes, String origin, CorpusSink sink) {
    try {
      String line = StrictUtf8.decode(bytes);
      if (line.isBlank()) {
        return false;
      }
      sink.accept(document(JsonText.parseObject(line), origin));
    } catch (BadInputException e) {
      sink.reject(new Rejection(origin, e.getMessage().replace(", line 1)", ")")));
    } catch (JsonParseException e) {
      sink.reject(new Rejection(origin, "bad JSON: " + JsonText.problem(e)));
    }
    return true;
  }

  private static Document document(JsonObject json, String origin) throws BadInputException {
    String id = required(json, "id");
    String text = StrictUtf8.withoutBom(required(json, "text"));
    return new Document(id, text, MetadataFields.of(json), origin);
  }

  private static String required(JsonObject json, String key) throws BadInputException {
    String value = MetadataFields.optionalString(json, key);
    if (value == null) {
      throw new BadInputException("missing \"" + key + "\"");
    }
    if (value.isBlank()) {
      throw new BadInputException("empty \"" + key + "\"");
    }
    return value;
  }

  /** The bytes up to the next newline (without it), null at the end of the stream. */
  private static byte[] nextLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      line.write(b);
    }
    return b < 0 && line.size() == 0 ? null : line.toByteArray();
  }
}
