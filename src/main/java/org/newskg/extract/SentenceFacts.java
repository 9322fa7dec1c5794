package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newskg.ingest.Span;

/**
 * What the parse tells about a document's mentions that the discourse rules need once the
 * sentences are gone: which triggers point back to an event told before (a definite noun, "the
 * withdrawal"), and which sentences name a place of their own (so that nothing inherited
 * overrides it).
 */
final class SentenceFacts {
  private final Set<Integer> pointingBack = new HashSet<>();
  private final List<Span> placedSentences = new ArrayList<>();

  void triggerPointsBack(Span trigger) {
    pointingBack.add(trigger.begin());
  }

  void sentenceNamesPlace(Span sentence) {
    placedSentences.add(sentence);
  }

  /** Whether the mention's trigger is a definite description of an event ("the attack"). */
  boolean pointsBack(EventMention m) {
    return pointingBack.contains(m.trigger().begin());
  }

  /** Whether the sentence holding the mention's trigger names a place. */
  boolean namesPlace(EventMention m) {
    int at = m.trigger().begin();
    return placedSentences.stream().anyMatch(s -> s.begin() <= at && at < s.end());
  }
}
