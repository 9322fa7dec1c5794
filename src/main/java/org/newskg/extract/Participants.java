package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.ingest.Span;
import org.newskg.nlp.Token;

/** Turns argument heads into unresolved {@link Participant}s: phrase span, text and a kind guessed from NER. */
final class Participants {

  private static final Set<String> NOBODY = Words.of("nobody");

  private final NounClasses nouns;

  Participants(NounClasses nouns) {
    this.nouns = nouns;
  }

  List<Participant> of(ParseView parse, String text, List<Token> heads) {
    return of(parse, text, heads, 0);
  }

  /** The participants of a trigger, whose phrases stop short of the trigger token. */
  List<Participant> of(ParseView parse, String text, List<Token> heads, int trigger) {
    Map<Span, Participant> unique = new LinkedHashMap<>();
    for (Token head : DatelineHeads.outside(parse, text, heads)) {
      if (NOBODY.contains(NounClasses.lemma(head))) {
        continue; // "nothing was taken": no one to name
      }
      Span span = PhraseSpans.of(parse, head, trigger);
      unique.putIfAbsent(span, Participant.unresolved(span.of(text), span, kindOf(parse, head)));
    }
    return new ArrayList<>(unique.values());
  }

  EntityKind kindOf(ParseView parse, Token head) {
    return switch (head.ner()) {
      case "PERSON" -> EntityKind.PERSON;
      case "ORGANIZATION" -> nouns.isOrganisation(parse, head) ? EntityKind.ORGANIZATION : EntityKind.PLACE;
      case "COUNTRY" -> EntityKind.STATE;
      case "LOCATION", "CITY", "STATE_OR_PROVINCE" -> EntityKind.PLACE;
      default -> guess(parse, head);
    };
  }

  private EntityKind guess(ParseView parse, Token head) {
    boolean national = NounClasses.isNationalityNoun(head)
        || parse.dependents(head.index(), "amod").stream().anyMatch(NounClasses::isNationalityAdjective);
    if (national || nouns.isMilitary(parse, head) && !NounClasses.isPronoun(head)) {
      return EntityKind.GROUP;
    }
    return nouns.isPlace(parse, head) ? EntityKind.PLACE : EntityKind.OTHER;
  }
}
