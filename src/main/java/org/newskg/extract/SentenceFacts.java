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
  private final Set<Integer> definite = new HashSet<>();
  private final List<Span> placedSentences = new ArrayList<>();

  /** A trigger that leaves its doer to the discourse; a definite one names an event told before. */
  void triggerPointsBack(Span trigger, boolean definiteDescription) {
    pointingBack.add(trigger.begin());
    if (definiteDescription) {
      definite.add(trigger.begin());
    }
  }

  void sentenceNamesPlace(Span sentence) {
    placedSentences.add(sentence);
  }

  /** Whether the mention leaves its doer to the discourse ("the attack", "were withdrawn"). */
  boolean pointsBack(EventMention m) {
    return pointingBack.contains(m.trigger().begin());
  }

  /** Whether the mention's trigger is a definite description of an event told before ("the attack"). */
  boolean isDefinite(EventMention m) {
    return definite.contains(m.trigger().begin());
  }

  /** Whether the sentence holding the mention's trigger names a place. */
  boolean namesPlace(EventMention m) {
    int at = m.trigger().begin();
    return placedSentences.stream().anyMatch(s -> s.begin() <= at && at < s.end());
  }
}
