package org.newskg.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.newskg.ingest.Document;

/**
 * A {@link TextAnnotator} that keeps each parse as a {@link ParseFile} in a folder, keyed by a
 * digest of the text, its published date and the CoreNLP settings, and asks the real annotator
 * only on a miss. For development: an evaluation run after a rule change re-reads its texts in
 * seconds instead of minutes. Documents with coreference chains are not cached (the file does
 * not hold them).
 */
public final class CachedAnnotator implements TextAnnotator {
  private final Supplier<TextAnnotator> annotator;
  private final Path folder;
  private final String settingsKey;

  /** {@code settingsKey} names everything besides the text that shapes a parse. */
  public CachedAnnotator(Supplier<TextAnnotator> annotator, Path folder, String settingsKey) {
    this.annotator = annotator;
    this.folder = folder;
    this.settingsKey = settingsKey;
  }

  @Override
  public AnnotatedDocument annotate(Document document) {
    Path file = folder.resolve(key(document) + ".conllu");
    try {
      if (Files.isRegularFile(file)) {
        return new AnnotatedDocument(document, ParseFile.read(Files.readString(file)), List.of());
      }
      AnnotatedDocument parsed = annotator.get().annotate(document);
      if (parsed.corefChains().isEmpty()) {
        store(file, ParseFile.write(parsed.sentences()));
      }
      return parsed;
    } catch (IOException e) {
      throw new UncheckedIOException("parse cache " + file + ": " + e.getMessage(), e);
    }
  }

  // Written beside and moved, so a parallel run never reads half a file.
  private static void store(Path file, String conllu) throws IOException {
    Files.createDirectories(file.getParent());
    Path partial = Files.createTempFile(file.getParent(), "parse", ".part");
    Files.writeString(partial, conllu, StandardCharsets.UTF_8);
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private String key(Document document) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(settingsKey.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(String.valueOf(document.metadata().published()).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(document.text().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
