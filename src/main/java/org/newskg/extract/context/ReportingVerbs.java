package org.newskg.extract.context;

import java.util.Locale;
import java.util.Set;
import org.newskg.extract.Words;
import org.newskg.nlp.Token;

/**
 * Verbs by which a text gives an event on someone's word: speech verbs attribute any complement
 * (a clause, a quotation, an event noun); cognition and evidence verbs only a clause.
 */
final class ReportingVerbs {

  private static final Set<String> SPEECH = Words.of("report-verb");
  private static final Set<String> COGNITION = Words.of("cognition-verb");

  private static final Set<String> REPORT_NOUNS = Words.of("report-noun");

  private ReportingVerbs() {}

  /** Whether this is a noun of saying whose clause ("that ...", reached by {@code relation}) it attributes. */
  static boolean isReportNoun(Token noun, String relation) {
    return noun.pos().startsWith("NN") && REPORT_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT))
        && SentenceGraph.matches(relation, "ccomp", "acl") && !SentenceGraph.matches(relation, "acl:relcl");
  }

  /** Whether this verb attributes a complement reached by {@code relation} ("ccomp", "obj", "parataxis"…). */
  static boolean attributes(Token verb, String relation) {
    if (!verb.pos().startsWith("VB")) {
      return false;
    }
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    boolean clause = SentenceGraph.matches(relation, "ccomp", "parataxis", "advcl", "dep");
    return SPEECH.contains(lemma) ? clause || SentenceGraph.matches(relation, "obj", "xcomp", "obl:of", "obl:about")
        : COGNITION.contains(lemma) && clause;
  }

  /** Whether this word is a reporting verb at all. */
  static boolean isReporting(Token verb) {
    String lemma = verb.lemma().toLowerCase(Locale.ROOT);
    return verb.pos().startsWith("VB") && (SPEECH.contains(lemma) || COGNITION.contains(lemma));
  }
}
