package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A mention that names no doer or no place ("the withdrawal", "bridges were blown up") takes
 * them from the nearest earlier mention of the same action in the document, as a reader does
 * when a definite description points back to an event already told. Victim-centred actions
 * (kill, injure) are left alone: their doer is usually unknown, not implied.
 */
final class DiscourseCarryOver {

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

  private DiscourseCarryOver() {}

  static List<EventMention> apply(List<EventMention> mentions, String text) {
    List<EventMention> out = new ArrayList<>();
    for (EventMention m : mentions) {
      EventMention antecedent = antecedent(out, m, text);
      out.add(antecedent == null ? m : fill(m, antecedent));
    }
    // What the discourse leaves unplaced happened where the report was filed.
    return DatelinePlace.apply(out, text);
  }

  /**
   * The nearest earlier mention of the same action with a doer or place: a doer carries across
   * the document (a definite "the withdrawal" points back to the one told), a place only within
   * the paragraph (beyond it the text has usually moved on to somewhere else).
   */
  private static EventMention antecedent(List<EventMention> earlier, EventMention m, String text) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      EventMention e = earlier.get(i);
      boolean near = sameParagraph(text, e, m);
      if (e.action().equals(m.action()) && (!e.actors().isEmpty() || near && !e.places().isEmpty())) {
        return near ? e : e.withParticipants(e.actors(), e.targets(), List.of(), e.source());
      }
    }
    return null;
  }

  static boolean sameParagraph(String text, EventMention earlier, EventMention later) {
    int from = Math.min(earlier.trigger().begin(), later.trigger().begin());
    int to = Math.max(earlier.trigger().begin(), later.trigger().begin());
    return !PARAGRAPH_BREAK.matcher(text.substring(from, to)).find();
  }

  private static EventMention fill(EventMention m, EventMention antecedent) {
    boolean takeActors = m.actors().isEmpty() && ActionProfiles.of(m.action()).doerFromDiscourse();
    List<Participant> actors = takeActors ? antecedent.actors() : m.actors();
    List<Participant> places = m.places().isEmpty() ? antecedent.places() : m.places();
    return m.withParticipants(actors, m.targets(), places, m.source());
  }
}
