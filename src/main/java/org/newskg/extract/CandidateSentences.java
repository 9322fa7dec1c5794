package org.newskg.extract;

import java.util.List;
import org.newskg.nlp.ParseSelection;
import org.newskg.nlp.Token;

/**
 * The sentences that can hold an event: those with a word whose lemma heads an entry of the
 * trigger lexicon the extractor uses. Only they need the dependency parse; a sentence without
 * such a word gives the extractor no trigger, parsed or not.
 */
public final class CandidateSentences implements ParseSelection {
  private final TriggerLexicon lexicon;

  public CandidateSentences(TriggerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public boolean needsParse(List<Token> tokens) {
    return tokens.stream().anyMatch(t -> t.lemma() != null && !lexicon.candidates(t.lemma()).isEmpty());
  }
}
