package org.newskg.extract.context;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.newskg.extract.Modality;
import org.newskg.extract.Words;
import org.newskg.nlp.Token;

/**
 * The words by which one node of a clause chain marks an event as negated, doubted, planned or
 * supposed. {@code via} is the relation by which the chain reached the node ("self" for the trigger).
 */
final class ModalityCues {

  private static final Set<String> NEGATORS = Words.of("negator");
  private static final Set<String> HEDGE_ADVERBS = Words.of("hedge-adverb");
  private static final Set<String> HEDGE_ADJECTIVES = Words.of("hedge-adjective");
  private static final Set<String> HEDGE_PREDICATES = Words.of("hedge-predicate");
  private static final Set<String> DIRECTED = Words.of("directed-verb");
  private static final Set<String> EVALUATIVE = Words.of("evaluative-adjective");
  private static final Set<String> NOBODY = Words.of("nobody");
  private static final Set<String> SOME = Words.of("quantifier-all");
  private static final Set<String> UNCERTAIN_MODALS = Words.of("uncertain-modal");

  private ModalityCues() {}

  static Optional<Modality> at(SentenceGraph graph, int node, String via, boolean underReport) {
    return conditional(graph, node).or(() -> negation(graph, node, via)).or(() -> hedge(graph, node, via))
        .or(() -> futureOrSupposed(graph, node, via, underReport));
  }

  private static Optional<Modality> conditional(SentenceGraph graph, int node) {
    boolean markedIf = graph.children(node, "mark").stream().anyMatch(m -> Set.of("if", "unless").contains(lower(m)));
    boolean inCaseOf = graph.children(node, "obl", "nmod").stream()
        .anyMatch(c -> Set.of("case", "event").contains(lower(c)) && graph.children(c.index(), "case").stream().anyMatch(p -> lower(p).equals("in")));
    return markedIf || inCaseOf || isInCaseOf(graph, node) ? Optional.of(Modality.HYPOTHETICAL) : Optional.empty();
  }

  private static boolean isInCaseOf(SentenceGraph graph, int node) {
    Token token = graph.token(node);
    return Set.of("case", "event").contains(lower(token))
        && graph.children(node, "case").stream().anyMatch(p -> lower(p).equals("in"));
  }

  private static Optional<Modality> negation(SentenceGraph graph, int node, String via) {
    if (SentenceGraph.matches(via, "ccomp", "parataxis")) {
      return lower(graph.token(node)).equals("deny") ? Optional.of(Modality.NEGATED) : Optional.empty();
    }
    boolean negated = graph.children(node, "advmod", "det", "neg", "cc:preconj").stream().anyMatch(t -> NEGATORS.contains(lower(t)))
        || (lower(graph.token(node)).equals("fail") && SentenceGraph.matches(via, "xcomp"))
        || SentenceGraph.matches(via, "self", "xcomp", "conj") && hasNegativeArgument(graph, node);
    if (!negated) {
      return Optional.empty();
    }
    boolean modal = graph.children(node, "aux").stream().anyMatch(a -> UNCERTAIN_MODALS.contains(lower(a)));
    return Optional.of(modal ? Modality.UNCERTAIN : Modality.NEGATED);
  }

  /** "nothing was taken", "no soldiers were killed", "not a single tank was lost": a subject or object that is none. */
  private static boolean hasNegativeArgument(SentenceGraph graph, int node) {
    return graph.children(node, "nsubj", "obj").stream().anyMatch(t -> isNone(graph, t));
  }

  private static boolean isNone(SentenceGraph graph, Token nominal) {
    if (NOBODY.contains(lower(nominal)) || graph.children(nominal.index(), "det").stream().anyMatch(d -> lower(d).equals("no"))) {
      return true;
    }
    // "not a single tank", "not one soldier" — but "not all troops", "not many tanks" are some.
    List<Token> quantifiers = graph.children(nominal.index(), "det", "amod", "nummod");
    boolean not = Stream.concat(Stream.of(nominal), quantifiers.stream())
        .anyMatch(q -> graph.children(q.index(), "advmod").stream().anyMatch(t -> lower(t).equals("not")));
    return not && quantifiers.stream().noneMatch(t -> SOME.contains(lower(t)));
  }

  private static Optional<Modality> hedge(SentenceGraph graph, int node, String via) {
    boolean adverb = graph.children(node, "advmod").stream().anyMatch(t -> HEDGE_ADVERBS.contains(lower(t)));
    boolean adjective = graph.children(node, "amod").stream().anyMatch(t -> HEDGE_ADJECTIVES.contains(lower(t)));
    boolean modal = graph.children(node, "aux").stream().anyMatch(a -> Set.of("may", "might").contains(lower(a)));
    boolean predicate = !via.equals("self") && HEDGE_PREDICATES.contains(lower(graph.token(node)));
    return adverb || adjective || modal || predicate ? Optional.of(Modality.UNCERTAIN) : Optional.empty();
  }

  private static Optional<Modality> futureOrSupposed(SentenceGraph graph, int node, String via, boolean underReport) {
    Token token = graph.token(node);
    if (!via.equals("self") && EVALUATIVE.contains(lower(token)) && SentenceGraph.matches(via, "xcomp", "csubj", "ccomp")) {
      return Optional.of(Modality.HYPOTHETICAL);
    }
    if (SentenceGraph.matches(via, "nmod:of", "acl") && Set.of("danger", "threat").contains(lower(token))) {
      return Optional.of(Modality.HYPOTHETICAL);
    }
    for (Token aux : graph.children(node, "aux")) {
      Optional<Modality> m = auxiliary(lower(aux), underReport);
      if (m.isPresent()) {
        return m;
      }
    }
    boolean directed = !via.equals("self") && DIRECTED.contains(lower(token)) && SentenceGraph.matches(via, "xcomp", "acl", "nsubj:pass", "nsubj:xsubj");
    boolean announced = lower(token).equals("announce") && SentenceGraph.matches(via, "obj");
    return directed || announced || Clauses.isFuture(graph, node) && node == Clauses.clauseHead(graph, node)
        ? Optional.of(Modality.FUTURE) : Optional.empty();
  }

  private static Optional<Modality> auxiliary(String aux, boolean underReport) {
    return switch (aux) {
      case "will", "shall", "'ll", "wo", "should", "must" -> Optional.of(Modality.FUTURE);
      case "would", "'d" -> Optional.of(underReport ? Modality.FUTURE : Modality.HYPOTHETICAL);
      case "could" -> Optional.of(Modality.HYPOTHETICAL);
      default -> Optional.empty();
    };
  }

  private static String lower(Token token) {
    return token.lemma().toLowerCase(Locale.ROOT);
  }
}
