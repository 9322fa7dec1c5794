package org.newskg.extract;

import java.util.List;
import java.util.Optional;

/**
 * A wire report's events happen where it was filed unless their sentence says otherwise: a mention
 * whose sentence names no place takes the dateline's city, unless its action inherits no place
 * ({@link ActionProfile#inheritsPlace}).
 */
final class DatelinePlace {

  private DatelinePlace() {}

  static List<EventMention> apply(List<EventMention> mentions, String text, SentenceFacts facts) {
    Optional<Dateline> dateline = TextLayout.of(text).dateline();
    if (dateline.isEmpty()) {
      return mentions;
    }
    Participant city = Participant.unresolved(dateline.get().city().of(text), dateline.get().city(), EntityKind.PLACE);
    return mentions.stream().map(m -> facts.namesPlace(m) ? m : placed(m, city)).toList();
  }

  private static EventMention placed(EventMention m, Participant city) {
    if (!m.places().isEmpty() || !ActionProfiles.of(m.action()).inheritsPlace()) {
      return m;
    }
    return m.withParticipants(m.actors(), m.targets(), List.of(city), m.source());
  }
}
