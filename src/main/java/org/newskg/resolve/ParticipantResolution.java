package org.newskg.resolve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.extract.Entity;
import org.newskg.extract.EventMention;
import org.newskg.extract.Participant;

/**
 * Resolves the participants of one mention: an anaphor through coreference (falling back to its
 * own text), a name by its role. A participant that already has an entity keeps it.
 */
final class ParticipantResolution {

  private final RoleResolution names;
  private final InDocumentCoreference coreference;

  ParticipantResolution(RoleResolution names, InDocumentCoreference coreference) {
    this.names = names;
    this.coreference = coreference;
  }

  EventMention resolve(EventMention mention) {
    return mention.withParticipants(
        all(mention.actors(), ParticipantRole.ACTOR),
        all(mention.targets(), ParticipantRole.TARGET),
        all(mention.places(), ParticipantRole.PLACE),
        mention.source() == null ? null : one(mention.source(), ParticipantRole.SOURCE));
  }

  /** The mention's participants that are names, not pronouns or descriptions, with their roles. */
  static Map<Participant, ParticipantRole> named(EventMention mention) {
    Map<Participant, ParticipantRole> named = new LinkedHashMap<>();
    mention.actors().forEach(p -> named.put(p, ParticipantRole.ACTOR));
    mention.targets().forEach(p -> named.put(p, ParticipantRole.TARGET));
    mention.places().forEach(p -> named.put(p, ParticipantRole.PLACE));
    if (mention.source() != null) {
      named.put(mention.source(), ParticipantRole.SOURCE);
    }
    named.keySet().removeIf(p -> Anaphor.of(p.mention(), named.get(p) == ParticipantRole.PLACE).isPresent());
    return named;
  }

  private List<Participant> all(List<Participant> participants, ParticipantRole role) {
    return participants.stream().map(p -> one(p, role)).toList();
  }

  private Participant one(Participant participant, ParticipantRole role) {
    return participant.entity() != null ? participant : participant.resolvedAs(entity(participant, role));
  }

  private Entity entity(Participant p, ParticipantRole role) {
    // A participant without a span (an infobox field, say) comes after everything it could refer to.
    int begin = p.span() == null ? Integer.MAX_VALUE : p.span().begin();
    return Anaphor.of(p.mention(), role == ParticipantRole.PLACE)
        .flatMap(anaphor -> coreference.resolve(anaphor, begin))
        .orElseGet(() -> names.resolve(p.mention(), p.kind(), role, begin))
        .entity();
  }
}
