package org.newskg.extract.context;

import java.util.Set;
import org.newskg.extract.Words;
import org.newskg.nlp.Token;

/** Facts about the clause a token stands in: its head verb and its tense. */
final class Clauses {

  private static final Set<String> FUTURE_AUXILIARIES = Words.of("future-auxiliary");

  private Clauses() {}

  /** The nearest verb at or above this token (the token itself when nothing above is a verb). */
  static int clauseHead(SentenceGraph graph, int index) {
    int current = index;
    for (int steps = 0; current > 0 && steps < 8; steps++) {
      if (isVerb(graph.token(current)) || hasCopula(graph, current)) {
        return current;
      }
      current = graph.governor(current);
    }
    return index;
  }

  static boolean isVerb(Token token) {
    return token.pos().startsWith("VB");
  }

  private static boolean hasCopula(SentenceGraph graph, int index) {
    return !graph.children(index, "cop").isEmpty();
  }

  /** Whether the clause of this token speaks of the future ("will", "shall", "is going to"). */
  static boolean isFuture(SentenceGraph graph, int index) {
    int head = clauseHead(graph, index);
    return graph.children(head, "aux").stream().anyMatch(a -> FUTURE_AUXILIARIES.contains(a.lemma().toLowerCase()))
        || goingTo(graph, head);
  }

  /**
   * Whether the clause of this token is in the simple or progressive present ("we are evacuating",
   * "they hold the bridge"); the present perfect tells of the past and is not counted.
   */
  static boolean isPresent(SentenceGraph graph, int index) {
    int head = clauseHead(graph, index);
    if (isFuture(graph, index) || graph.children(head, "aux").stream().anyMatch(a -> a.lemma().equalsIgnoreCase("have"))) {
      return false;
    }
    return isPresentTense(graph.token(head))
        || graph.children(head, "aux", "cop").stream().anyMatch(Clauses::isPresentTense);
  }

  private static boolean isPresentTense(Token token) {
    return token.pos().equals("VBP") || token.pos().equals("VBZ");
  }

  private static boolean goingTo(SentenceGraph graph, int head) {
    int governor = graph.governor(head);
    return governor > 0 && graph.token(governor).word().equalsIgnoreCase("going")
        && graph.relationToGovernor(head).startsWith("xcomp");
  }
}
