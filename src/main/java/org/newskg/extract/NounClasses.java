package org.newskg.extract;

import java.util.Locale;
import java.util.Set;
import org.newskg.nlp.Token;

/**
 * What an argument head names, from NER first and WordNet second: people, armed forces (or a
 * state acting as one), a place. Pronouns count as possibly anything.
 */
class NounClasses {

  private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE");
  // Collective military heads WordNet ranks below their everyday senses ("force" is first a push).
  private static final Set<String> FORCE_HEADS = Set.of("force", "unit", "military", "troop", "army", "occupier");

  private final WordNetLexicon wordNet;

  NounClasses(WordNetLexicon wordNet) {
    this.wordNet = wordNet;
  }

  static boolean isPronoun(Token t) {
    return t.pos().startsWith("PRP") || t.pos().equals("WP") || t.pos().equals("WDT");
  }

  static boolean isPlaceNer(Token t) {
    return PLACE_NER.contains(t.ner());
  }

  boolean isPeople(Token t) {
    return t.ner().equals("PERSON") || isNationalityNoun(t) || (wordNet != null && wordNet.isPeople(lemma(t)));
  }

  /** Armed forces, a state or organisation acting as one, or a demonym ("the Russians"). */
  boolean isMilitary(ParseView parse, Token t) {
    if (isPronoun(t) || isNationalityNoun(t) || isPlaceNer(t) || t.ner().equals("ORGANIZATION")) {
      return true;
    }
    return FORCE_HEADS.contains(lemma(t)) || (wordNet != null && wordNet.isMilitary(lemma(t)));
  }

  boolean isPlace(ParseView parse, Token t) {
    if (isPlaceNer(t)) {
      return true;
    }
    if (!t.pos().startsWith("NN") || t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION")) {
      return false;
    }
    return parse.dependents(t.index(), "nmod:of").stream().anyMatch(NounClasses::isPlaceNer)
        || (wordNet != null && wordNet.isPlace(lemma(t)));
  }

  static boolean isNationalityNoun(Token t) {
    return (t.ner().equals("NATIONALITY") || t.ner().equals("MISC")) && t.pos().startsWith("NNP");
  }

  static boolean isNationalityAdjective(Token t) {
    return (t.ner().equals("NATIONALITY") || t.ner().equals("MISC") || t.ner().equals("COUNTRY"))
        && t.pos().startsWith("JJ");
  }

  private static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }
}
