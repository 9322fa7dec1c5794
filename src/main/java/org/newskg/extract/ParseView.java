package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/** Navigation over one sentence's enhanced++ dependency graph. */
public final class ParseView {

  private final Sentence sentence;

  public ParseView(Sentence sentence) {
    this.sentence = sentence;
  }

  public Sentence sentence() {
    return sentence;
  }

  public Token token(int index) {
    return sentence.token(index);
  }

  /** Dependents of a token whose relation satisfies the test. */
  public List<Token> dependents(int governor, Predicate<String> relation) {
    List<Token> out = new ArrayList<>();
    for (Dependency d : sentence.dependencies()) {
      if (d.governor() == governor && d.dependent() != governor && relation.test(d.relation())) {
        out.add(token(d.dependent()));
      }
    }
    return out;
  }

  /** Dependents whose relation is exactly one of these or has one of them as prefix ("obl" matches "obl:in"). */
  public List<Token> dependents(int governor, String... relations) {
    return dependents(governor, r -> matches(r, relations));
  }

  /** The relations by which a token hangs off its governors. */
  public List<Dependency> heads(int dependent) {
    return sentence.dependencies().stream().filter(d -> d.dependent() == dependent && d.governor() > 0).toList();
  }

  /** The relation from governor to dependent, or null. */
  public String relation(int governor, int dependent) {
    return sentence.dependencies().stream().filter(d -> d.governor() == governor && d.dependent() == dependent)
        .map(Dependency::relation).findFirst().orElse(null);
  }

  /** The preposition of an oblique or nominal modifier: its "case" dependent's lemma, else "". */
  public String preposition(int head) {
    return dependents(head, "case").stream().filter(t -> !t.word().equals("'s") && !t.word().equals("’s"))
        .map(t -> t.lemma().toLowerCase()).reduce((a, b) -> a + "_" + b).orElse("");
  }

  static boolean matches(String relation, String... relations) {
    for (String r : relations) {
      if (relation.equals(r) || relation.startsWith(r + ":")) {
        return true;
      }
    }
    return false;
  }
}
