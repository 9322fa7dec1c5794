package org.newskg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.newskg.nlp.Token;

/**
 * What an argument head names, from NER first and WordNet second: people, armed forces (or a
 * state acting as one), a place. Pronouns count as possibly anything.
 */
class NounClasses {

  private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE");
  private static final Set<String> FORCE_HEADS = Words.of("force-head");

  private static final Set<String> PERSONAL = Words.of("personal-pronoun");
  private static final Set<String> PARTITIVE = Words.of("partitive");

  private static final Set<String> ABSTRACT = Set.of("noun.act", "noun.communication", "noun.cognition",
      "noun.attribute", "noun.state", "noun.feeling", "noun.time", "noun.event", "noun.process", "noun.motive");

  private static final Set<String> GROUP = Set.of("noun.group");
  private static final Set<String> AGENTS = Set.of("noun.person", "noun.group");

  private final WordNetLexicon wordNet;

  // Whether a name ("Kherson Oblast") is a known administrative division: NER often calls them organisations.
  private final Predicate<String> knownDivision;

  NounClasses(WordNetLexicon wordNet) {
    this(wordNet, name -> false);
  }

  NounClasses(WordNetLexicon wordNet, Predicate<String> knownDivision) {
    this.wordNet = wordNet;
    this.knownDivision = knownDivision;
  }

  static boolean isPronoun(Token t) {
    return t.pos().startsWith("PRP") || t.pos().equals("WP") || t.pos().equals("WDT");
  }

  static boolean isPlaceNer(Token t) {
    return PLACE_NER.contains(t.ner());
  }

  boolean isPeople(ParseView parse, Token t) {
    Token head = semanticHead(parse, t);
    return head.ner().equals("PERSON") || isNationalityNoun(head) || PERSONAL.contains(lemma(head))
        || (wordNet != null && wordNet.isPeople(lemma(head)));
  }

  /** "groups of soldiers", "some of the troops", "half of them": the kind is that of the of-complement. */
  static Token semanticHead(ParseView parse, Token t) {
    if (!PARTITIVE.contains(lemma(t))) {
      return t;
    }
    return parse.dependents(t.index(), "nmod:of").stream().findFirst().orElse(t);
  }

  /** Armed forces, a state or organisation acting as one, or a demonym ("the Russians"). */
  boolean isMilitary(ParseView parse, Token token) {
    Token t = semanticHead(parse, token);
    if (isPronoun(t) || isNationalityNoun(t) || isPlaceNer(t) || isOrganisation(parse, t) || isUnknownName(t)) {
      return true;
    }
    return FORCE_HEADS.contains(lemma(t)) || (wordNet != null && wordNet.isMilitary(lemma(t)));
  }

  boolean isPlace(ParseView parse, Token t) {
    if (isTime(t) || parse.dependents(t.index(), "nmod:of").stream().anyMatch(NounClasses::isTime)) {
      return false;
    }
    if (isNamedPlace(parse, t)) {
      return true;
    }
    if (!t.pos().startsWith("NN") || t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION")) {
      return false;
    }
    return parse.dependents(t.index(), "nmod:of").stream().anyMatch(NounClasses::isPlaceNer)
        || (wordNet != null && wordNet.isPlace(lemma(t)) && !wordNet.firstSenseIn(lemma(t), ABSTRACT));
  }

  /** A place by name: NER says so, or NER's "organisation" is a division the gazetteer knows ("X Oblast"). */
  boolean isNamedPlace(ParseView parse, Token t) {
    return isPlaceNer(t) || isKnownDivision(parse, t);
  }

  /** An organisation by NER that is not really an administrative division. */
  boolean isOrganisation(ParseView parse, Token t) {
    return t.ner().equals("ORGANIZATION") && !isKnownDivision(parse, t);
  }

  private boolean isKnownDivision(ParseView parse, Token t) {
    return t.ner().equals("ORGANIZATION") && knownDivision.test(nerRun(parse, t));
  }

  /** The words of the run of tokens around this one that share its NER tag. */
  private static String nerRun(ParseView parse, Token t) {
    List<Token> tokens = parse.sentence().tokens();
    int first = t.index() - 1;
    int last = first;
    while (first > 0 && tokens.get(first - 1).ner().equals(t.ner())) {
      first--;
    }
    while (last + 1 < tokens.size() && tokens.get(last + 1).ner().equals(t.ner())) {
      last++;
    }
    StringBuilder name = new StringBuilder();
    tokens.subList(first, last + 1).forEach(w -> name.append(name.isEmpty() ? "" : " ").append(w.word()));
    return name.toString();
  }

  /**
   * Whether a doer head can act: a name, a pronoun, an adjective of nationality, or a noun whose
   * first WordNet sense is no act, message, idea, state or quality ("plans", "a decision", "the
   * statement" decide or say nothing themselves; their authors do), unless its second names a body
   * of people ("the administration").
   */
  boolean canAct(Token t) {
    if (!t.pos().startsWith("NN") || t.pos().startsWith("NNP") || wordNet == null) {
      return t.pos().startsWith("NN") || t.pos().startsWith("PRP") || isNationalityAdjective(t) || t.pos().startsWith("CD")
          || t.pos().equals("WP") || t.pos().equals("WDT") || t.pos().equals("DT");
    }
    // "the administration asked": an act noun that is also, a sense or two down, a body of people.
    return FORCE_HEADS.contains(lemma(t)) || PARTITIVE.contains(lemma(t)) || wordNet.isPeople(lemma(t))
        || !wordNet.firstSenseIn(lemma(t), ABSTRACT) || wordNet.someSenseIn(lemma(t), GROUP, 2);
  }

  /**
   * "missiles", "a drone", "the boats": an instrument of the event, never its doer. A noun whose
   * first sense is a person or a group stays a doer ("fighters", "the guard").
   */
  boolean isInstrument(Token t) {
    return t.pos().startsWith("NN") && !t.pos().startsWith("NNP") && wordNet != null
        && !wordNet.firstSenseIn(lemma(t), AGENTS) && wordNet.isInstrument(lemma(t));
  }

  /** A proper name NER could not type ("the ZSU"): it may well be a force, so it does not veto. */
  private static boolean isUnknownName(Token t) {
    return t.pos().startsWith("NNP") && (t.ner().equals("O") || t.ner().equals("MISC"));
  }

  static boolean isTime(Token t) {
    return t.ner().equals("DATE") || t.ner().equals("TIME") || t.ner().equals("DURATION");
  }

  static boolean isNationalityNoun(Token t) {
    return (t.ner().equals("NATIONALITY") || t.ner().equals("MISC")) && t.pos().startsWith("NNP");
  }

  /** A person's or an organisation's name ("Assad", "Taliban") modifying a noun: its owner. */
  static boolean isAgentName(Token t) {
    return t.pos().startsWith("NNP") && (t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION"));
  }

  static boolean isNationalityAdjective(Token t) {
    return (t.ner().equals("NATIONALITY") || t.ner().equals("MISC") || t.ner().equals("COUNTRY"))
        && t.pos().startsWith("JJ");
  }

  /** Lower-case lemma; a capitalised plural the tagger kept whole ("Forces") loses its "s". */
  static String lemma(Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    return t.pos().equals("NNPS") && lemma.endsWith("s") ? lemma.substring(0, lemma.length() - 1) : lemma;
  }
}
