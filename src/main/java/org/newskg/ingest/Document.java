package org.newskg.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One text to read. {@code id} is the file name without extension or the JSONL {@code id};
 * {@code text} is exactly as read (a leading BOM removed); {@code origin} names the file (and
 * line) it came from, for messages.
 */
public record Document(String id, String text, DocumentMetadata metadata, String origin) {

  /**
   * SHA-256 over the id, text and metadata: equal hashes mean re-ingesting would change
   * nothing. The origin is left out, so moving a file does not count as a change.
   */
  public String contentHash() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Object part : new Object[] {id, text, metadata}) {
        digest.update(Objects.toString(part).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
