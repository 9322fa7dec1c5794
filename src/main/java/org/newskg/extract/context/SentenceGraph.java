package org.newskg.extract.context;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * A sentence's enhanced dependencies as a navigable tree: one primary governor per token
 * (enhanced++ may give several), children, and relations.
 */
final class SentenceGraph {

  private final Sentence sentence;

  SentenceGraph(Sentence sentence) {
    this.sentence = sentence;
  }

  Sentence sentence() {
    return sentence;
  }

  Token token(int index) {
    return sentence.token(index);
  }

  /** The edge to this token's governor, preferring tree edges over those added by relative clauses or conjunction. */
  Optional<Dependency> governorEdge(int index) {
    List<Dependency> edges = incoming(index);
    return edges.stream().filter(e -> !createsCycle(e) && !e.relation().startsWith("conj")).findFirst()
        .or(() -> edges.stream().filter(e -> !createsCycle(e)).findFirst());
  }

  private boolean createsCycle(Dependency edge) {
    return edge.relation().equals("ref") || edge.governor() == 0
        || incoming(edge.governor()).stream().anyMatch(e -> e.governor() == edge.dependent());
  }

  List<Dependency> incoming(int index) {
    return sentence.dependencies().stream().filter(d -> d.dependent() == index && d.governor() > 0).toList();
  }

  List<Dependency> children(int index) {
    return sentence.dependencies().stream().filter(d -> d.governor() == index && d.dependent() != index).toList();
  }

  /** Children whose relation starts with one of these prefixes ("obl" matches "obl:on"). */
  List<Token> children(int index, String... relationPrefixes) {
    List<Token> found = new ArrayList<>();
    for (Dependency d : children(index)) {
      if (matches(d.relation(), relationPrefixes)) {
        found.add(token(d.dependent()));
      }
    }
    return found;
  }

  static boolean matches(String relation, String... prefixes) {
    for (String p : prefixes) {
      if (relation.equals(p) || relation.startsWith(p + ":")) {
        return true;
      }
    }
    return false;
  }

  /** The 1-based indexes of the tree below this token (itself included), not entering relations given. */
  Set<Integer> subtree(int index, String... excludedRelations) {
    Set<Integer> seen = new HashSet<>();
    collect(index, seen, excludedRelations);
    return seen;
  }

  private void collect(int index, Set<Integer> seen, String... excluded) {
    if (!seen.add(index)) {
      return;
    }
    for (Dependency d : children(index)) {
      if (!matches(d.relation(), excluded) && !d.relation().equals("ref")) {
        collect(d.dependent(), seen, excluded);
      }
    }
  }

  /** The relation by which this token hangs from its governor ("root" at the top). */
  String relationToGovernor(int index) {
    return governorEdge(index).map(Dependency::relation).orElse("root");
  }

  int governor(int index) {
    return governorEdge(index).map(Dependency::governor).orElse(0);
  }
}
