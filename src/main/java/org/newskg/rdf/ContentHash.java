package org.newskg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newskg.ingest.Document;

/** The SHA-256 of a document's id, text and metadata: equal hashes mean nothing to re-ingest. */
public final class ContentHash {
  private ContentHash() {}

  public static String of(Document document) {
    // NUL separators keep "ab"+"c" and "a"+"bc" apart; the metadata record prints every field.
    String content = document.id() + '\0' + document.text() + '\0' + document.metadata();
    return HexFormat.of().formatHex(sha256().digest(content.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
