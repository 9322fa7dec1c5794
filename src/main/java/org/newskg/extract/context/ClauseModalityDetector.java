package org.newskg.extract.context;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Modality;
import org.newskg.extract.ModalityDetector;
import org.newskg.extract.TriggerContext;
import org.newskg.nlp.Token;

/**
 * Reads modality from the trigger's clause chain, nearest cue first: the trigger, its auxiliaries
 * and modifiers, then the verbs and nouns governing it through complements and arguments
 * (control, "that"-clauses, "plans to", "likely that"). Relative clauses, participle modifiers and
 * finite adverbial clauses keep their own modality. No cue: asserted.
 */
public final class ClauseModalityDetector implements ModalityDetector {

  /** Relations through which a governing clause's modality reaches the trigger. */
  private static final String[] CARRYING = {"ccomp", "xcomp", "csubj", "conj", "nsubj", "obj", "iobj", "obl", "nmod",
      "acl", "appos", "dep", "nummod", "compound"};
  private static final String[] KEEPING = {"acl:relcl", "amod", "parataxis"};

  // Phrasal verbs that say an action was not done: "X was left behind" is X not taken along.
  private static final Map<String, String> NOT_DOING = Map.of("leave", "behind");

  @Override
  public Modality modalityOf(TriggerContext context) {
    SentenceGraph graph = DocumentContext.of(context.document()).graph(context.sentence().index());
    Modality clause = clauseModality(graph, context.trigger().index());
    return saysNotDone(graph, context.trigger().index()) ? inverted(clause) : clause;
  }

  /** "nothing was left behind": a negated not-doing is a doing; hedges and plans keep their modality. */
  private static Modality inverted(Modality clause) {
    return switch (clause) {
      case ASSERTED -> Modality.NEGATED;
      case NEGATED -> Modality.ASSERTED;
      default -> clause;
    };
  }

  /** "left behind", "left X behind", and "left behind X" parsed with "behind" as X's preposition. */
  private static boolean saysNotDone(SentenceGraph graph, int trigger) {
    String particle = NOT_DOING.get(graph.token(trigger).lemma().toLowerCase(Locale.ROOT));
    if (particle == null) {
      return false;
    }
    boolean adverb = graph.children(trigger, "advmod", "compound:prt").stream().anyMatch(t -> isWord(t, particle));
    boolean preposition = graph.children(trigger, "obl").stream()
        .anyMatch(o -> graph.children(o.index(), "case").stream().anyMatch(t -> isWord(t, particle)));
    return adverb || preposition;
  }

  private static boolean isWord(Token token, String word) {
    return token.word().equalsIgnoreCase(word);
  }

  private static Modality clauseModality(SentenceGraph graph, int trigger) {
    int node = trigger;
    String via = "self";
    Set<Integer> seen = new HashSet<>();
    while (node > 0 && seen.add(node)) {
      Optional<Modality> cue = ModalityCues.at(graph, node, via, underReport(graph, node));
      if (cue.isPresent()) {
        return cue.get();
      }
      via = graph.relationToGovernor(node);
      if (!carries(graph, node, via)) {
        break;
      }
      node = graph.governor(node);
    }
    return Modality.ASSERTED;
  }

  private static boolean carries(SentenceGraph graph, int node, String relation) {
    // "X contradicted the statement that Y": Y is the statement's word, not X's.
    int governor = graph.governor(node);
    if (SentenceGraph.matches(relation, KEEPING) || governor > 0 && ReportingVerbs.isReportNoun(graph.token(governor), relation)) {
      return false;
    }
    if (SentenceGraph.matches(relation, "advcl")) {
      return graph.children(node, "mark").stream().allMatch(m -> m.lemma().equalsIgnoreCase("to"))
          && !graph.children(node, "mark").isEmpty();
    }
    return SentenceGraph.matches(relation, CARRYING);
  }

  /** Whether a reporting verb governs this node: "would" there is a reported future, elsewhere a supposition. */
  private static boolean underReport(SentenceGraph graph, int node) {
    Set<Integer> seen = new HashSet<>();
    for (int n = node; n > 0 && seen.add(n); n = graph.governor(n)) {
      int governor = graph.governor(n);
      if (governor > 0 && ReportingVerbs.attributes(graph.token(governor), graph.relationToGovernor(n))) {
        return true;
      }
    }
    return false;
  }
}
