package org.newskg.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes bytes as UTF-8 text, refusing binary content and malformed sequences, and drops a leading BOM. */
final class StrictUtf8 {
  private static final char BOM = '\uFEFF';

  private StrictUtf8() {}

  /** The text of {@code bytes}; the problem message names the byte offset and line at fault. */
  static String decode(byte[] bytes) throws BadInputException {
    int nul = indexOf(bytes, (byte) 0);
    if (nul >= 0) {
      throw new BadInputException("binary file (NUL byte at " + where(bytes, nul) + ")");
    }
    return withoutBom(strictDecode(bytes));
  }

  static String withoutBom(String text) {
    return text.startsWith(String.valueOf(BOM)) ? text.substring(1) : text;
  }

  private static String strictDecode(byte[] bytes) throws BadInputException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new BadInputException("invalid UTF-8 (at " + where(bytes, in.position()) + ")");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static String where(byte[] bytes, int offset) {
    return "byte " + offset + ", line " + (count(bytes, (byte) '\n', offset) + 1);
  }

  private static int indexOf(byte[] bytes, byte wanted) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  private static int count(byte[] bytes, byte wanted, int end) {
    int n = 0;
    for (int i = 0; i < end; i++) {
      n += bytes[i] == wanted ? 1 : 0;
    }
    return n;
  }
}
