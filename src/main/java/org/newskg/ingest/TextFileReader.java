package org.newskg.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JsonParseException;

/** Reads {@code NAME.txt} with its optional sidecar {@code NAME.meta.json} into one document. */
final class TextFileReader {
  static final String TEXT = ".txt";
  static final String SIDECAR = ".meta.json";

  private TextFileReader() {}

  static void read(Path file, CorpusSink sink) throws IOException {
    Path sidecar = sidecarOf(file);
    try {
      DocumentMetadata metadata = metadata(sidecar);
      sink.accept(new Document(idOf(file), text(file), metadata, file.toString()));
    } catch (SidecarException e) {
      sink.reject(new Rejection(sidecar.toString(), e.getMessage()));
    } catch (BadInputException e) {
      sink.reject(new Rejection(file.toString(), e.getMessage()));
    }
  }

  static Path sidecarOf(Path file) {
    return file.resolveSibling(idOf(file) + SIDECAR);
  }

  private static String idOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - TEXT.length());
  }

  private static String text(Path file) throws IOException, BadInputException {
    byte[] bytes = Files.readAllBytes(file);
    String text = bytes.length == 0 ? "" : StrictUtf8.decode(bytes);
    if (text.isBlank()) {
      throw new BadInputException("empty file");
    }
    return text;
  }

  private static DocumentMetadata metadata(Path sidecar) throws IOException, SidecarException {
    if (!Files.exists(sidecar)) {
      return DocumentMetadata.NONE;
    }
    try {
      return MetadataFields.of(JsonText.parseObject(StrictUtf8.decode(Files.readAllBytes(sidecar))));
    } catch (BadInputException e) {
      throw new SidecarException("malformed metadata: " + e.getMessage());
    } catch (JsonParseException e) {
      throw new SidecarException("malformed metadata: bad JSON: " + JsonText.problem(e));
    }
  }

  /** A problem found in the sidecar, reported against the sidecar's path. */
  private static final class SidecarException extends Exception {
    SidecarException(String problem) {
      super(problem);
    }
  }
}
