package org.newskg.extract.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Quantity;
import org.newskg.extract.QuantityFinder;
import org.newskg.extract.TriggerContext;
import org.newskg.extract.Words;
import org.newskg.ingest.Span;
import org.newskg.nlp.Token;

/**
 * The numbers of the trigger's clause with what they count (the noun they modify, or the noun a
 * parenthesised number follows: "all soldiers (approximately 30,000)") and their qualifier:
 * about, at least, at most, else exactly. Numbers in other clauses belong to other events.
 */
public final class NumericQuantityFinder implements QuantityFinder {

  private static final Set<String> NUMBER_TAGS = Set.of("NUMBER", "CARDINAL", "PERCENT", "MONEY");
  private static final Set<String> ABOUT = Words.of("approximator");
  private static final Set<String> ESTIMATES = Words.of("estimate-noun");
  private static final String[] OTHER_CLAUSES = {"acl:relcl", "advcl", "ccomp", "parataxis", "csubj"};

  @Override
  public List<Quantity> quantitiesOf(TriggerContext context) {
    DocumentContext doc = DocumentContext.of(context.document());
    SentenceGraph graph = doc.graph(context.sentence().index());
    int head = Clauses.clauseHead(graph, context.trigger().index());
    List<Quantity> found = new ArrayList<>();
    for (int i : candidates(graph, context.trigger().index(), head)) {
      Token token = graph.token(i);
      if (isNumber(token) && !isPartOfLargerNumber(graph, token)) {
        quantity(doc, graph, token).ifPresent(found::add);
      }
    }
    found.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
    return found;
  }

  /**
   * The tokens of the trigger's clause; for a participle modifying a noun ("the 5,000 evacuated
   * residents") also the numbers of that noun, which count what the participle's event affected.
   */
  private static List<Integer> candidates(SentenceGraph graph, int trigger, int head) {
    List<Integer> tokens = new ArrayList<>(graph.subtree(head, OTHER_CLAUSES));
    if (head == trigger && SentenceGraph.matches(graph.relationToGovernor(trigger), "amod", "acl")) {
      graph.children(graph.governor(trigger), "nummod").forEach(n -> tokens.add(n.index()));
    }
    return tokens;
  }

  private static boolean isNumber(Token token) {
    return NUMBER_TAGS.contains(token.ner()) && token.pos().equals("CD") && token.normalized() != null;
  }

  /** "30 000" or "2.5 million" are one number: only its last token counts. */
  private static boolean isPartOfLargerNumber(SentenceGraph graph, Token token) {
    int governor = graph.governor(token.index());
    return governor > 0 && isNumber(graph.token(governor)) && graph.relationToGovernor(token.index()).startsWith("compound");
  }

  private static Optional<Quantity> quantity(DocumentContext doc, SentenceGraph graph, Token number) {
    Optional<Double> value = value(number.normalized());
    if (value.isEmpty()) {
      return Optional.empty();
    }
    int first = qualifierStart(graph, number);
    Span span = new Span(graph.token(first).begin(), number.end());
    String counts = CountedNouns.counted(doc, graph, number);
    return Optional.of(new Quantity(value.get(), counts, qualifier(graph, number, first), span));
  }

  static Optional<Double> value(String normalized) {
    String digits = normalized.replaceAll("^[~<>=≥≤]+", "").replace("%", "").replace(",", "");
    try {
      return Optional.of(Double.parseDouble(digits));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The first token of a qualifier directly before the number ("at least", "about", "up to"). */
  private static int qualifierStart(SentenceGraph graph, Token number) {
    int i = number.index();
    if (i > 1 && ABOUT.contains(lower(graph.token(i - 1)))) {
      return i - 1;
    }
    if (i > 2 && Set.of("at least", "at most", "up to", "more than", "fewer than", "less than", "over")
        .contains(lower(graph.token(i - 2)) + " " + lower(graph.token(i - 1)))) {
      return i - 2;
    }
    return i;
  }

  private static String qualifier(SentenceGraph graph, Token number, int first) {
    if (number.normalized().startsWith("~") || isEstimate(graph, number)) {
      return "about";
    }
    String words = first == number.index() ? "" : lower(graph.token(first)) + (first + 1 < number.index() ? " " + lower(graph.token(first + 1)) : "");
    if (ABOUT.contains(words)) {
      return "about";
    }
    return switch (words) {
      case "at least", "more than" -> "at least";
      case "at most", "up to", "fewer than", "less than" -> "at most";
      default -> "exactly";
    };
  }

  /** "40,000 by his estimate", "12 by one count": a figure someone estimated is approximate. */
  private static boolean isEstimate(SentenceGraph graph, Token number) {
    return graph.children(number.index(), "nmod", "obl").stream()
        .anyMatch(c -> ESTIMATES.contains(c.lemma().toLowerCase(Locale.ROOT)));
  }

  private static String lower(Token token) {
    return token.word().toLowerCase(Locale.ROOT);
  }
}
