package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.ingest.Span;
import org.newskg.nlp.Token;

/**
 * Keeps a wire dateline out of a report's roles. The parser reads "CITY, Mon DD (Agency) - Armed
 * men seized …" as one clause and makes the city the subject, with the real subject hanging off
 * it (appos, conj): a role head inside the dateline hands over to those dependents after it.
 */
final class DatelineHeads {

  private static String lastText;
  private static Optional<Dateline> lastDateline = Optional.empty();

  private DatelineHeads() {}

  static List<Token> outside(ParseView parse, String text, List<Token> heads) {
    Optional<Dateline> dateline = datelineOf(text);
    if (dateline.isEmpty()) {
      return heads;
    }
    Span span = dateline.get().span();
    List<Token> kept = new ArrayList<>();
    for (Token head : heads) {
      if (!inside(span, head)) {
        kept.add(head);
        continue;
      }
      // What the parser hung off the dateline's head is the phrase it swallowed.
      parse.dependents(head.index(), r -> r.equals("appos") || r.startsWith("conj")).stream()
          .filter(t -> t.begin() >= span.end()).forEach(t -> {
            kept.add(t);
            kept.addAll(parse.dependents(t.index(), r -> r.startsWith("conj")));
          });
    }
    return kept.stream().distinct().toList();
  }

  private static boolean inside(Span span, Token token) {
    return span.begin() <= token.begin() && token.begin() < span.end();
  }

  /** The text's dateline; the layout is read once per text, as every trigger of it asks. */
  private static synchronized Optional<Dateline> datelineOf(String text) {
    if (!text.equals(lastText)) {
      lastText = text;
      lastDateline = TextLayout.of(text).dateline();
    }
    return lastDateline;
  }
}
