package org.newskg.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How sure a mention is, as a product of a few monotone factors, each a piece of evidence a
 * reader would weigh. At extraction: the trust of the trigger's origin (seed &gt; curated &gt;
 * WordNet); a doer found for a verb, any argument for a noun; a bare -ing form ("the occupying
 * forces", "by withdrawing") names an event less surely than a finite verb; a speech verb as
 * trigger ("called it a victory") is often only the report of another event. Once the mention is
 * whole ({@link #settled}): not asserted lowers it (hedged, hypothetical, planned), and so do a
 * doer no catalogue knows, a place without coordinates, and a claim made on someone's word.
 */
public final class Confidence {

  private static final Map<Modality, Double> MODALITY = Map.of(Modality.ASSERTED, 1.0, Modality.NEGATED, 1.0,
      Modality.FUTURE, 0.95, Modality.UNCERTAIN, 0.9, Modality.HYPOTHETICAL, 0.8);
  private static final Set<String> SPEECH_VERBS = Words.of("speech-verb");
  /** IRIs of actors the catalogue knows ({@code resolve.CatalogueActor}); others are only named. */
  private static final String CATALOGUE_ACTORS = "http://newskg.org/id/actor/";

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
    c *= m.head().pos().equals("VBG") ? 0.9 : 1.0;
    c *= SPEECH_VERBS.contains(m.head().lemma().toLowerCase(Locale.ROOT)) && m.verb() ? 0.8 : 1.0;
    return rounded(c);
  }

  /** Infobox outcome lines: structured, but with no clause to check the arguments in. */
  static double infobox() {
    return 0.75;
  }

  /**
   * The confidence of a resolved mention: its extraction confidence weighed by its modality, how
   * well its doer and place resolved, and whether it is told on someone's word. Apply once.
   */
  public static double settled(EventMention m) {
    double c = m.confidence() * MODALITY.getOrDefault(m.modality(), 1.0);
    c *= m.actors().stream().anyMatch(Confidence::isCatalogued) ? 1.0 : m.actors().isEmpty() ? 0.95 : 0.93;
    c *= m.places().stream().anyMatch(p -> p.entity() != null && p.entity().hasCoordinates()) ? 1.0 : 0.95;
    c *= m.source() == null ? 1.0 : 0.95;
    return rounded(c);
  }

  private static boolean isCatalogued(Participant p) {
    return p.entity() != null && p.entity().iri().startsWith(CATALOGUE_ACTORS);
  }

  private static double rounded(double c) {
    return Math.round(Math.min(0.99, c) * 100) / 100.0;
  }
}
