package org.newskg.extract.context;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Token;

/**
 * What a number counts: the noun it modifies ("30,000 soldiers"), the noun phrase a parenthesised
 * number follows ("all soldiers (about 30,000)", "to move them all (40,000)"), a plural pronoun
 * there being read as the nearest plural noun before it ("these troops … them"), else the noun it
 * hangs from or its "of" complement.
 */
final class CountedNouns {

  private static final Set<String> PLURAL_PRONOUNS = Set.of("them", "they", "these", "those");
  private static final Set<String> TIME_TAGS = Set.of("DATE", "DURATION", "TIME", "SET");
  private static final int SENTENCES_BACK = 2;

  private CountedNouns() {}

  static String counted(DocumentContext doc, SentenceGraph graph, Token number) {
    String relation = graph.relationToGovernor(number.index());
    int governor = graph.governor(number.index());
    if (governor > 0 && relation.startsWith("nummod") && !Speakers.isPronoun(graph.token(governor))) {
      return graph.token(governor).word();
    }
    Optional<Token> before = parenthesisOpening(graph, number).flatMap(p -> nounBefore(graph, p));
    if (before.isPresent()) {
      return isPluralPronoun(before.get()) ? antecedent(doc, graph, before.get()).orElse(null) : before.get().word();
    }
    return graph.children(number.index(), "nmod:of", "obl:of").stream().findFirst().map(Token::word)
        .orElse(governor > 0 && graph.token(governor).pos().startsWith("NN") ? graph.token(governor).word() : null);
  }

  /** The index of the "(" right before the number (adverbs like "approximately" in between). */
  private static Optional<Integer> parenthesisOpening(SentenceGraph graph, Token number) {
    int before = number.index() - 1;
    while (before > 0 && graph.token(before).pos().equals("RB")) {
      before--;
    }
    return before > 0 && graph.token(before).word().equals("(") ? Optional.of(before) : Optional.empty();
  }

  /** The noun or pronoun closing the phrase before the parenthesis, past "all", "both", "each". */
  private static Optional<Token> nounBefore(SentenceGraph graph, int parenthesis) {
    int i = parenthesis - 1;
    while (i > 0 && graph.token(i).pos().equals("DT")) {
      i--;
    }
    Token t = graph.token(Math.max(1, i));
    boolean noun = i > 0 && (t.pos().startsWith("NN") || isPluralPronoun(t));
    return noun ? Optional.of(t) : Optional.empty();
  }

  private static boolean isPluralPronoun(Token t) {
    return PLURAL_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /** The nearest plural noun before the pronoun, in its sentence or the two before it; times ("two days") are not things. */
  private static Optional<String> antecedent(DocumentContext doc, SentenceGraph graph, Token pronoun) {
    int sentence = graph.sentence().index();
    for (int s = sentence; s >= Math.max(0, sentence - SENTENCES_BACK); s--) {
      SentenceGraph g = doc.graph(s);
      int last = s == sentence ? pronoun.index() - 1 : g.sentence().tokens().size();
      for (int i = last; i >= 1; i--) {
        Token t = g.token(i);
        if (t.pos().startsWith("NNS") && !TIME_TAGS.contains(t.ner())) {
          return Optional.of(t.word());
        }
      }
    }
    return Optional.empty();
  }
}
