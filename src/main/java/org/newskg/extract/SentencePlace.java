package org.newskg.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Where a sentence says things happen, for an event whose own arguments name no place: the
 * named locative place ("in Aleppo") nearest its trigger in the parse, read through the
 * clause and the event nouns around it ("arrested in a raid in Jakarta", "killed in fighting in
 * Syria"). Taken before any place inherited from elsewhere in the document.
 */
public final class SentencePlace {
  private static final Set<String> REPORTING = Words.of("report-verb");
  private static final String[] CLAUSES = {"advcl", "ccomp", "xcomp", "acl", "parataxis", "csubj", "conj", "dep", "appos"};
  private static final int MAX_STEPS = 4;

  private final NounClasses nouns;

  SentencePlace(NounClasses nouns) {
    this.nouns = nouns;
  }

  /**
   * The locative place nearest the trigger, at most {@link #MAX_STEPS} dependency steps away, up
   * to the clauses above it and down through its phrases, but never down into another clause
   * (a subordinate or coordinated clause tells of another event, with its own place).
   */
  Optional<Token> nearest(ParseView parse, Token trigger) {
    Map<Integer, Integer> steps = new HashMap<>(Map.of(trigger.index(), 0));
    Deque<Integer> queue = new ArrayDeque<>(List.of(trigger.index()));
    while (!queue.isEmpty()) {
      int at = queue.poll();
      if (at != trigger.index() && isLocativePlace(parse, parse.token(at))) {
        return Optional.of(parse.token(at));
      }
      for (int next : neighbours(parse, at)) {
        if (steps.get(at) < MAX_STEPS && steps.putIfAbsent(next, steps.get(at) + 1) == null) {
          queue.add(next);
        }
      }
    }
    return Optional.empty();
  }

  private static List<Integer> neighbours(ParseView parse, int at) {
    List<Integer> next = new ArrayList<>();
    for (Dependency d : parse.sentence().dependencies()) {
      if (d.governor() > 0 && !d.relation().equals("punct")) {
        if (d.dependent() == at) {
          next.add(d.governor());
        } else if (d.governor() == at && !ParseView.matches(d.relation(), CLAUSES)) {
          next.add(d.dependent());
        }
      }
    }
    return next;
  }

  /**
   * Whether the sentence names a place where something happens, by NER alone: the resolver asks
   * this of sentences, to place their events nowhere else.
   */
  public static boolean namesPlace(Sentence sentence) {
    ParseView parse = new ParseView(sentence);
    return sentence.tokens().stream().anyMatch(t -> NounClasses.isPlaceNer(t) && isLocative(parse, t));
  }

  private boolean isLocativePlace(ParseView parse, Token t) {
    return nouns.isNamedPlace(parse, t) && isLocative(parse, t);
  }

  /**
   * In a locative phrase, unless it says where someone spoke ("said in London"). Only named
   * places count: common nouns ("the country", "the scene") are too vague to stand for an event
   * they are not an argument of.
   */
  private static boolean isLocative(ParseView parse, Token t) {
    return RoleFinder.LOCATIVE.contains(parse.preposition(t.index()))
        && parse.heads(t.index()).stream().anyMatch(d -> ParseView.matches(d.relation(), "obl", "nmod")
            && !REPORTING.contains(parse.token(d.governor()).lemma().toLowerCase(Locale.ROOT)));
  }
}
