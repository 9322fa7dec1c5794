package org.newskg.extract;

import java.util.Set;
import java.util.TreeSet;
import org.newskg.ingest.Span;
import org.newskg.nlp.Token;

/**
 * The noun phrase a head token stands for: its compounds, adjectives, numbers, possessors and
 * "of"-complements, without a leading determiner, as a span of the document.
 */
final class PhraseSpans {

  private static final String[] INSIDE = {"compound", "amod", "nummod", "nmod:poss", "flat", "case", "det", "nmod:of",
      "advmod", "cc", "conj", "punct", "dep", "nmod:poss"};
  private static final int MAX_TOKENS = 12;

  private PhraseSpans() {}

  static Span of(ParseView parse, Token head) {
    return of(parse, head, 0);
  }

  /**
   * The phrase without the trigger it is an argument of: a misparse that hangs the event word
   * under its doer ("Ukrainian shelling" as adjective and participle) must not make the event part
   * of the doer's name.
   */
  static Span of(ParseView parse, Token head, int trigger) {
    Set<Integer> inside = new TreeSet<>();
    collect(parse, head.index(), head.index(), inside, 0);
    if (trigger != head.index()) {
      inside.removeIf(i -> i >= trigger && trigger > head.index() || i <= trigger && trigger < head.index());
    }
    int first = contiguousFrom(head.index(), inside, -1);
    int last = contiguousFrom(head.index(), inside, +1);
    while (first < head.index() && isLeadingFunctionWord(parse.token(first))) {
      first++;
    }
    while (last > head.index() && isTrailingJunk(parse.token(last))) {
      last--;
    }
    return new Span(parse.token(first).begin(), parse.token(last).end());
  }

  private static void collect(ParseView parse, int root, int index, Set<Integer> inside, int depth) {
    inside.add(index);
    if (depth > 3 || inside.size() > MAX_TOKENS) {
      return;
    }
    for (Token child : parse.dependents(index, r -> ParseView.matches(r, INSIDE) && !r.startsWith("conj")
        && !(r.equals("case") && index == root) && !(r.startsWith("advmod") && index == root))) {
      collect(parse, root, child.index(), inside, depth + 1);
    }
  }

  private static int contiguousFrom(int start, Set<Integer> inside, int step) {
    int i = start;
    while (inside.contains(i + step)) {
      i += step;
    }
    return i;
  }

  private static boolean isLeadingFunctionWord(Token t) {
    return t.pos().equals("DT") || t.pos().equals("IN") || t.pos().equals("CC") || t.pos().startsWith("PUNCT")
        || !Character.isLetterOrDigit(t.word().charAt(0));
  }

  private static boolean isTrailingJunk(Token t) {
    return t.pos().equals("CC") || t.pos().equals("IN") || !Character.isLetterOrDigit(t.word().charAt(t.word().length() - 1));
  }
}
