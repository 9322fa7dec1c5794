package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A mention that names no doer or no place takes them from the nearest earlier mention of the
 * same action, as a reader does when the text points back to an event already told: a doer for a
 * definite description anywhere before ("the withdrawal" is the one told; "fighting" is any
 * fighting) or for a verb that names none ("were withdrawn") in its paragraph, for actions whose
 * doer the discourse implies ({@link ActionProfile#doerFromDiscourse}); a place in its paragraph,
 * when the mention's own sentence names none and the action inherits places ({@link
 * ActionProfile#inheritsPlace}). Beyond the paragraph the text has usually moved on.
 */
final class DiscourseCarryOver {

  private DiscourseCarryOver() {}

  static List<EventMention> apply(List<EventMention> mentions, String text, SentenceFacts facts) {
    TextLayout layout = TextLayout.of(text);
    List<EventMention> out = new ArrayList<>();
    for (EventMention m : mentions) {
      out.add(withPlace(withDoer(m, out, layout, facts), out, layout, facts));
    }
    // What the discourse leaves unplaced happened where the report was filed.
    return DatelinePlace.apply(out, text, facts);
  }

  private static EventMention withDoer(EventMention m, List<EventMention> earlier, TextLayout layout,
      SentenceFacts facts) {
    if (!m.actors().isEmpty() || !ActionProfiles.of(m.action()).doerFromDiscourse() || !facts.pointsBack(m)) {
      return m;
    }
    // A definite description names the event told before, wherever; a doerless verb only what the paragraph tells.
    EventMention antecedent = nearest(earlier, m,
        e -> !e.actors().isEmpty() && (facts.isDefinite(m) || sameParagraph(layout, e, m)));
    return antecedent == null ? m : m.withParticipants(antecedent.actors(), m.targets(), m.places(), m.source());
  }

  private static EventMention withPlace(EventMention m, List<EventMention> earlier, TextLayout layout,
      SentenceFacts facts) {
    if (!m.places().isEmpty() || !ActionProfiles.of(m.action()).inheritsPlace() || facts.namesPlace(m)) {
      return m;
    }
    EventMention antecedent = nearest(earlier, m, e -> !e.places().isEmpty() && sameParagraph(layout, e, m));
    return antecedent == null ? m : m.withParticipants(m.actors(), m.targets(), antecedent.places(), m.source());
  }

  private static boolean sameParagraph(TextLayout layout, EventMention earlier, EventMention later) {
    return layout.paragraphOf(earlier.trigger().begin()) == layout.paragraphOf(later.trigger().begin());
  }

  private static EventMention nearest(List<EventMention> earlier, EventMention m, Predicate<EventMention> has) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      EventMention e = earlier.get(i);
      if (e.action().equals(m.action()) && has.test(e)) {
        return e;
      }
    }
    return null;
  }
}
