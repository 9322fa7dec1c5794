package org.newskg.resolve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Entity;
import org.newskg.extract.EventMention;
import org.newskg.extract.Participant;

/**
 * Resolves the participants of one mention: an anaphor through coreference (falling back to its
 * own text), a name by its role. A participant that already has an entity keeps it.
 */
final class ParticipantResolution {

  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us");
  private static final Set<String> PRONOUNS = Set.of("it", "its", "itself", "they", "them", "their", "themselves",
      "he", "him", "his", "she", "her", "himself", "herself");

  private final RoleResolution names;
  private final InDocumentCoreference coreference;

  ParticipantResolution(RoleResolution names, InDocumentCoreference coreference) {
    this.names = names;
    this.coreference = coreference;
  }

  EventMention resolve(EventMention mention) {
    Participant source = mention.source() == null ? null : one(mention.source(), ParticipantRole.SOURCE);
    return mention.withParticipants(
        speakers(all(mention.actors(), ParticipantRole.ACTOR), source),
        all(mention.targets(), ParticipantRole.TARGET),
        all(mention.places(), ParticipantRole.PLACE),
        source);
  }

  /** "we will restore power", said the governor: a first person in reported speech is its speaker. */
  private static List<Participant> speakers(List<Participant> actors, Participant source) {
    List<Participant> out = actors.stream().map(p -> isFirstPerson(p) && source != null ? p.resolvedAs(source.entity()) : p)
        .toList();
    return source != null ? out : out.stream().filter(p -> !isFirstPerson(p)).toList();
  }

  private static boolean isFirstPerson(Participant p) {
    return FIRST_PERSON.contains(p.mention().strip().toLowerCase(Locale.ROOT));
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

  /**
   * The resolved participants. A pronoun with no antecedent is dropped: it names nobody, and an
   * entity "it" would merge every unresolved "it" of the store into one node. First persons stay
   * until the speaker is known.
   */
  private List<Participant> all(List<Participant> participants, ParticipantRole role) {
    return participants.stream().filter(p -> p.entity() != null || isFirstPerson(p)
        || entity(p, role).isPresent()).map(p -> one(p, role)).toList();
  }

  private Participant one(Participant participant, ParticipantRole role) {
    return participant.entity() != null ? participant
        : participant.resolvedAs(entity(participant, role).orElseGet(() -> names.resolve(participant.mention(),
            participant.kind(), role, begin(participant)).entity()));
  }

  /** The entity, or none for a pronoun (not a description, which can still stand as a name) without antecedent. */
  private Optional<Entity> entity(Participant p, ParticipantRole role) {
    Optional<Anaphor> anaphor = Anaphor.of(p.mention(), role == ParticipantRole.PLACE);
    Optional<Entity> referent = anaphor.flatMap(a -> coreference.resolve(a, p.mention(), begin(p))).map(Antecedent::entity);
    if (referent.isPresent() || anaphor.isPresent() && isPronoun(p.mention())) {
      return referent;
    }
    Optional<Entity> described = QualifiedDescription.of(p.mention())
        .flatMap(d -> coreference.resolve(d, begin(p))).map(Antecedent::entity);
    return described.or(() -> Optional.of(names.resolve(p.mention(), p.kind(), role, begin(p)).entity()));
  }

  // A participant without a span (an infobox field, say) comes after everything it could refer to.
  private static int begin(Participant p) {
    return p.span() == null ? Integer.MAX_VALUE : p.span().begin();
  }

  /** "it", "they", "its troops": a pronoun alone or as possessor. */
  private static boolean isPronoun(String mention) {
    return PRONOUNS.contains(mention.strip().split("\\s+")[0].toLowerCase(Locale.ROOT));
  }
}
