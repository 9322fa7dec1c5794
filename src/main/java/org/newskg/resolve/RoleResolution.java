package org.newskg.resolve;

import java.util.Optional;
import org.newskg.extract.EntityKind;

/**
 * Resolves one name by its role within one document: places go to the gazetteer (with the
 * document's countries as context), actors and sources to the catalogue first ("Moscow
 * announced" is Russia), targets by their kind.
 */
final class RoleResolution {

  private final GazetteerPlaceResolver places;
  private final CatalogueActorResolver actors;
  private final PlaceContext context;

  RoleResolution(GazetteerPlaceResolver places, CatalogueActorResolver actors, PlaceContext context) {
    this.places = places;
    this.actors = actors;
    this.context = context;
  }

  /** The entity (and gazetteer place, when it is one) this name has in this role. */
  Antecedent resolve(String name, EntityKind kind, ParticipantRole role, int begin) {
    boolean placeFirst = role == ParticipantRole.PLACE || (role == ParticipantRole.TARGET && kind == EntityKind.PLACE);
    Optional<Antecedent> known = placeFirst
        ? place(name, begin).or(() -> role == ParticipantRole.PLACE ? Optional.empty() : actor(name, begin))
        : actor(name, begin).or(() -> kind == EntityKind.PLACE ? place(name, begin) : Optional.empty());
    return known.orElseGet(() -> unknown(name, kind, placeFirst, begin));
  }

  /** The place this name most likely is, in this document's context. */
  Optional<Antecedent> place(String name, int begin) {
    return places.find(name, context)
        .map(place -> new Antecedent(begin, GazetteerPlaceResolver.entity(place), place));
  }

  /** The catalogue actor this name is. */
  Optional<Antecedent> actor(String name, int begin) {
    return actors.find(name).map(entity -> new Antecedent(begin, entity, null));
  }

  /** A name no resolver knows; an actor named like a place is an actor all the same. */
  private static Antecedent unknown(String name, EntityKind kind, boolean asPlace, int begin) {
    EntityKind actorKind = kind == EntityKind.PLACE ? EntityKind.OTHER : kind;
    return new Antecedent(begin,
        asPlace ? GazetteerPlaceResolver.unknown(name) : CatalogueActorResolver.unknown(name, actorKind), null);
  }
}
