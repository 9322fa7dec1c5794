package org.newskg.resolve;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityKind;

/**
 * Resolves an actor mention ("Moscow", "the Kremlin", "Russian forces", "the Russian Defence
 * Ministry", "NATO") to its catalogue actor {@code http://newskg.org/id/actor/{slug}}. Names the
 * catalogue does not know get {@code http://newskg.org/id/{person|organization|group|actor}/{slug}}
 * from their normalised name, so the same name in two documents meets in one node.
 */
public final class CatalogueActorResolver {

  public static final String ID_BASE = "http://newskg.org/id/";

  private final Supplier<ActorCatalogue> catalogue;

  /** Uses the shipped catalogue, loaded on first use. */
  public CatalogueActorResolver() {
    this.catalogue = ActorCatalogue::shared;
  }

  public CatalogueActorResolver(ActorCatalogue catalogue) {
    this.catalogue = () -> catalogue;
  }

  /**
   * The catalogue actor this mention names, reading "remaining Russian soldiers" as "Russian
   * soldiers" when the whole mention is unknown. A mention without a capital letter ("a working
   * man", "the valley") is a description, not a name: it names no catalogue actor.
   */
  public Optional<Entity> find(String mention) {
    Optional<CatalogueActor> known = byName(mention);
    String[] words = mention.strip().split("\\s+");
    for (int start = 1; known.isEmpty() && start < words.length && isLowerCase(words[start - 1]); start++) {
      known = byName(String.join(" ", Arrays.copyOfRange(words, start, words.length)));
    }
    return known.map(actor -> new Entity(actor.iri(), actor.label(), actor.kind(), null, null));
  }

  /** The canonical actor; never null. */
  public Entity resolve(String mention, EntityKind kind) {
    return find(mention).orElseGet(() -> unknown(mention, kind));
  }

  /** An actor no catalogue knows: an IRI from its kind and normalised name. */
  public static Entity unknown(String mention, EntityKind kind) {
    String type = switch (kind) {
      case PERSON -> "person";
      case ORGANIZATION -> "organization";
      case GROUP -> "group";
      default -> "actor";
    };
    return new Entity(ID_BASE + type + "/" + Names.slug(mention), Labels.of(mention), kind, null, null);
  }

  private Optional<CatalogueActor> byName(String name) {
    return name.chars().anyMatch(Character::isUpperCase) ? catalogue.get().find(name) : Optional.empty();
  }

  private static boolean isLowerCase(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
  }
}
