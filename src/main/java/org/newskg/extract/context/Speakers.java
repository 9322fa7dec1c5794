package org.newskg.extract.context;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.EntityKind;
import org.newskg.extract.Participant;
import org.newskg.ingest.Span;
import org.newskg.nlp.Token;

/** The one who speaks by a reporting verb, as a participant named by its noun phrase. */
final class Speakers {

  private static final String[] NOT_IN_NAME = {"acl", "appos", "punct", "parataxis", "dep", "conj", "cc", "advcl", "ref", "case", "mark"};
  private static final Set<String> LOCATION_TAGS = Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE");

  private Speakers() {}

  /** The subject of a reporting verb, or of the verb it depends on ("…, saying" / "and told"). */
  static Optional<Token> subjectOf(SentenceGraph graph, int verb) {
    int current = verb;
    for (int steps = 0; current > 0 && steps < 3; steps++) {
      Optional<Token> subject = firstOf(graph, current, "nsubj", "obl:agent");
      if (subject.isPresent()) {
        return subject;
      }
      if (!SentenceGraph.matches(graph.relationToGovernor(current), "advcl", "xcomp", "conj", "acl")) {
        return Optional.empty();
      }
      current = graph.governor(current);
    }
    return Optional.empty();
  }

  private static Optional<Token> firstOf(SentenceGraph graph, int verb, String... relations) {
    for (String relation : relations) {
      List<Token> found = graph.children(verb, relation);
      if (!found.isEmpty()) {
        return Optional.of(found.get(0));
      }
    }
    return Optional.empty();
  }

  /** The noun phrase headed by this token, without its relative clauses, appositions and conjuncts. */
  static Participant participant(SentenceGraph graph, String text, Token head) {
    int first = head.index();
    int last = head.index();
    for (int i : graph.subtree(head.index(), NOT_IN_NAME)) {
      first = Math.min(first, i);
      last = Math.max(last, i);
    }
    while (first < last && isEdgePunctuation(graph.token(first))) {
      first++;
    }
    Span span = new Span(graph.token(first).begin(), graph.token(last).end());
    return Participant.unresolved(span.of(text), span, kindOf(graph, first, last, head));
  }

  private static boolean isEdgePunctuation(Token token) {
    return !Character.isLetterOrDigit(token.word().charAt(0));
  }

  private static EntityKind kindOf(SentenceGraph graph, int first, int last, Token head) {
    boolean organization = false;
    boolean place = false;
    for (int i = first; i <= last; i++) {
      String ner = graph.token(i).ner();
      if (ner.equals("PERSON") || ner.equals("TITLE")) {
        return EntityKind.PERSON;
      }
      organization |= ner.equals("ORGANIZATION");
      place |= LOCATION_TAGS.contains(ner);
    }
    if (organization) {
      return EntityKind.ORGANIZATION;
    }
    if (place) {
      return EntityKind.STATE;
    }
    return head.pos().equals("NNS") ? EntityKind.GROUP : EntityKind.OTHER;
  }

  static boolean isPronoun(Token token) {
    return token.pos().startsWith("PRP");
  }

  /** Whether a pronoun may stand for a participant of this kind ("he" for a person, "it" for anything else). */
  static boolean agrees(Token pronoun, Participant antecedent) {
    String word = pronoun.word().toLowerCase(Locale.ROOT);
    boolean person = antecedent.kind() == EntityKind.PERSON;
    return switch (word) {
      case "he", "she", "him", "her" -> person;
      case "it" -> !person && antecedent.kind() != EntityKind.GROUP;
      default -> true;
    };
  }
}
