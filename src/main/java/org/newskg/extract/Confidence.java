package org.newskg.extract;

/**
 * How sure a mention is: the trust of the trigger's origin (seed &gt; curated &gt; WordNet), lowered
 * when the parse gave no doer (verbs) or no argument at all (nouns), raised a little when an
 * argument condition was checked on a present argument.
 */
final class Confidence {

  private Confidence() {}

  static double of(TriggerMatch m) {
    double c = m.entry().origin().trust();
    if (m.verb()) {
      c *= m.roles().doers().isEmpty() ? 0.8 : 1.0;
    } else {
      c *= m.roles().isEmpty() ? 0.75 : 0.95;
    }
    if (!m.entry().condition().isEmpty() && !m.roles().isEmpty()) {
      c *= 1.05;
    }
    return Math.round(Math.min(0.99, c) * 100) / 100.0;
  }

  /** Infobox outcome lines: structured, but with no clause to check the arguments in. */
  static double infobox() {
    return 0.75;
  }
}
