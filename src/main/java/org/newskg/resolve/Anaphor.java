package org.newskg.resolve;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newskg.extract.EntityKind;

/**
 * What a pronoun or definite description can refer to: "he" a person, "it" an organisation or
 * state, "they" and "the occupiers" a state or group, "the city" a populated place, "the region" a
 * region, "the river" and "the right bank" a river, "the ministry" an organisation, "the country" a state or country.
 */
enum Anaphor {
  PERSON(a -> a.entity().kind() == EntityKind.PERSON),
  ORGANIZATION(a -> a.entity().kind() == EntityKind.ORGANIZATION),
  ORGANIZATION_OR_STATE(a -> a.isActorOf(EntityKind.ORGANIZATION, EntityKind.STATE, EntityKind.GROUP)),
  COLLECTIVE(a -> a.isActorOf(EntityKind.STATE, EntityKind.GROUP, EntityKind.ORGANIZATION)),
  STATE(a -> a.isActorOf(EntityKind.STATE)),
  POPULATED_PLACE(a -> a.place() != null && a.place().isPopulated()),
  REGION(a -> a.place() != null && (a.place().isAdministrative() || "L".equals(a.place().featureClass()))),
  RIVER(a -> a.place() != null && a.place().isStream()),
  COUNTRY(a -> a.place() != null && a.place().isCountry());

  private static final Set<String> POSSESSIVES = Set.of("its", "their");
  private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "these", "those");

  private final Predicate<Antecedent> accepts;

  Anaphor(Predicate<Antecedent> accepts) {
    this.accepts = accepts;
  }

  boolean accepts(Antecedent antecedent) {
    return accepts.test(antecedent);
  }

  /** This anaphor's test narrowed by another. */
  Predicate<Antecedent> and(Predicate<Antecedent> other) {
    return accepts.and(other);
  }

  /** The head noun of a definite description ("the British ministry" → "ministry"); none for pronouns and names. */
  static Optional<String> descriptionHead(String mention) {
    String[] words = mention.strip().split("\\s+");
    boolean description = words.length > 1 && DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT))
        && head(words[words.length - 1], false) != null;
    return description ? Optional.of(words[words.length - 1].toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /**
   * The anaphor this mention is, if it is one: a pronoun, or a determiner and lower-case words
   * whose last word is a known head ("the southern city"). Names ("the Kremlin") are none.
   */
  static Optional<Anaphor> of(String mention, boolean placeRole) {
    String[] words = mention.strip().split("\\s+");
    String first = words[0].toLowerCase(Locale.ROOT);
    if (words.length == 1) {
      // The extractor drops the article: a bare place designator ("river") is still "the river".
      return Optional.ofNullable(pronoun(first)).or(() -> Optional.ofNullable(placeRole ? placeHead(first) : null));
    }
    String rest = mention.strip().substring(words[0].length());
    if (POSSESSIVES.contains(first) && rest.equals(rest.toLowerCase(Locale.ROOT))
        && head(words[words.length - 1], false) == COLLECTIVE) {
      // "its troops", "their army": the forces of whoever the possessive points to.
      return Optional.ofNullable(pronoun(first));
    }
    // The extractor drops the article of a place: "right bank", "southern city" are still descriptions.
    boolean bare = placeRole && mention.equals(mention.toLowerCase(Locale.ROOT)) && placeHead(words[words.length - 1]) != null;
    boolean description = bare || DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT))
        && rest.equals(rest.toLowerCase(Locale.ROOT));
    return description ? Optional.ofNullable(head(words[words.length - 1], placeRole)) : Optional.empty();
  }

  private static Anaphor pronoun(String word) {
    return switch (word) {
      case "he", "him", "his", "she", "her", "himself", "herself" -> PERSON;
      case "it", "its", "itself" -> ORGANIZATION_OR_STATE;
      case "they", "them", "their", "themselves" -> COLLECTIVE;
      default -> null;
    };
  }

  private static Anaphor placeHead(String word) {
    Anaphor head = head(word, true);
    return head == POPULATED_PLACE || head == REGION || head == RIVER || head == COUNTRY ? head : null;
  }

  private static Anaphor head(String word, boolean placeRole) {
    return switch (word) {
      case "city", "town", "village", "settlement", "capital", "port" -> POPULATED_PLACE;
      case "region", "oblast", "province", "district", "area", "territory" -> REGION;
      case "river", "bank", "riverbank", "shore" -> RIVER; // a bank lies on the river named before it
      case "country", "nation" -> placeRole ? COUNTRY : STATE;
      case "ministry", "department", "agency", "organisation", "organization", "alliance", "office",
          "company", "committee", "council", "group", "bloc" -> ORGANIZATION;
      case "government", "authorities", "administration", "military", "army", "forces", "troops",
          "occupiers", "invaders", "enemy", "regime" -> COLLECTIVE;
      case "president", "minister", "governor", "mayor", "spokesman", "spokeswoman", "spokesperson",
          "official", "general", "commander", "leader", "chief", "head", "secretary" -> PERSON;
      default -> null;
    };
  }
}
