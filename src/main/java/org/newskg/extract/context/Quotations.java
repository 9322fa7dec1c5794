package org.newskg.extract.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.ingest.Span;

/**
 * The quoted passages of a text: curly “…” and ‘…’, straight "…" and '…' (an apostrophe inside a
 * word is no quote mark). A quotation never crosses a paragraph; one left open runs to its end.
 */
final class Quotations {

  private static final Pattern PARAGRAPH = Pattern.compile("(?s).+?(?=\\n\\s*\\n|\\z)");

  private final List<Span> spans = new ArrayList<>();

  Quotations(String text) {
    Matcher paragraph = PARAGRAPH.matcher(text);
    while (paragraph.find()) {
      scan(text, paragraph.start(), paragraph.end());
    }
  }

  private void scan(String text, int from, int to) {
    int i = from;
    while (i < to) {
      int close = isOpening(text, i, from) ? closing(text, i, to) : -1;
      if (close > i) {
        spans.add(new Span(i, Math.min(close + 1, to)));
        i = close + 1;
      } else {
        i++;
      }
    }
  }

  private static boolean isOpening(String text, int i, int from) {
    char c = text.charAt(i);
    if (c == '“' || c == '‘') {
      return true;
    }
    if (c != '"' && c != '\'') {
      return false;
    }
    boolean afterBoundary = i == from || !Character.isLetterOrDigit(text.charAt(i - 1));
    boolean beforeWord = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    return afterBoundary && beforeWord;
  }

  /** Offset of the mark closing the quotation opened at {@code open}; the paragraph's end when none. */
  private static int closing(String text, int open, int to) {
    char o = text.charAt(open);
    for (int j = open + 1; j < to; j++) {
      if (closes(text, o, j)) {
        return j;
      }
    }
    for (int j = open + 1; j < to; j++) {
      if (o == '\'' && (text.charAt(j) == '"' || text.charAt(j) == '”') && isClosingPosition(text, j)) {
        return j;
      }
    }
    return to - 1;
  }

  private static boolean closes(String text, char open, int j) {
    char c = text.charAt(j);
    return switch (open) {
      case '“' -> c == '”';
      case '‘' -> c == '’' && isClosingPosition(text, j);
      case '"' -> c == '"';
      default -> c == '\'' && isClosingPosition(text, j);
    };
  }

  private static boolean isClosingPosition(String text, int j) {
    boolean afterWord = j > 0 && !Character.isWhitespace(text.charAt(j - 1));
    boolean beforeBoundary = j + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 1));
    return afterWord && beforeBoundary;
  }

  /** Whether a quotation is speech rather than a quoted term or scare quotes: four words or more. */
  static boolean isSpeech(String text, Span quote) {
    return quote.of(text).trim().split("\\s+").length >= 4;
  }

  /** The outermost quotation holding this offset. */
  Optional<Span> enclosing(int offset) {
    return spans.stream().filter(s -> s.begin() <= offset && offset < s.end()).findFirst();
  }

  List<Span> spans() {
    return spans;
  }
}
