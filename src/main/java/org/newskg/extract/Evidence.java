package org.newskg.extract;

import org.newskg.ingest.Span;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/** The evidence of a mention: its sentence, cut to the unmasked run of tokens around the trigger. */
final class Evidence {

  private Evidence() {}

  static Span of(Sentence sentence, Token trigger, TextLayout layout) {
    int first = trigger.index();
    while (first > 1 && !layout.isMasked(sentence.token(first - 1).begin())) {
      first--;
    }
    int last = trigger.index();
    while (last < sentence.tokens().size() && !layout.isMasked(sentence.token(last + 1).begin())) {
      last++;
    }
    return new Span(sentence.token(first).begin(), sentence.token(last).end());
  }
}
