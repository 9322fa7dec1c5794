package org.newskg.resolve;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.EntityKind;

/**
 * The names news give a state and its ministries through its demonym and name: "Russian forces",
 * "the Russians", "Russia's army", "the Armed Forces of Ukraine" name the state; "the Russian
 * Defence Ministry" names the ministry, an actor of its own.
 */
final class DemonymForms {

  /** Heads that, after the demonym or the name, still mean the state acting. */
  private static final List<String> STATE_HEADS = List.of(
      "forces", "troops", "army", "military", "soldiers", "armed forces", "military forces", "occupiers",
      "invaders", "occupation forces", "occupying forces", "government", "authorities", "officials",
      "side", "leadership", "regime", "navy", "air force", "units", "servicemen", "general staff",
      "defence forces", "defense forces", "occupation authorities", "occupation administration",
      "administration", "state");
  private static final List<String> STATE_OF = List.of("armed forces", "government", "authorities", "army");
  private static final List<Ministry> MINISTRIES = List.of(
      new Ministry("ministry-of-defence", "Ministry of Defence",
          List.of("defence ministry", "defense ministry", "ministry of defence", "ministry of defense", "mod")),
      new Ministry("ministry-of-foreign-affairs", "Ministry of Foreign Affairs",
          List.of("foreign ministry", "ministry of foreign affairs", "foreign office")),
      new Ministry("ministry-of-internal-affairs", "Ministry of Internal Affairs",
          List.of("interior ministry", "ministry of internal affairs", "ministry of the interior")));

  private DemonymForms() {}

  /** Names of the state itself built from its demonyms and name. */
  static List<String> stateNames(String name, List<String> demonyms) {
    List<String> names = new ArrayList<>();
    for (String demonym : demonyms) {
      names.add(demonym);
      names.add(plural(demonym));
      STATE_HEADS.forEach(head -> names.add(demonym + " " + head));
    }
    STATE_HEADS.forEach(head -> names.add(name + " " + head));
    STATE_OF.forEach(head -> names.add(head + " of " + name));
    return names;
  }

  /** The state's ministries, each with its names. */
  static List<CatalogueActor> ministries(CatalogueActor state, List<String> demonyms) {
    String adjective = demonyms.isEmpty() ? state.label() : demonyms.get(0);
    return MINISTRIES.stream().map(m -> m.of(state, adjective, demonyms)).toList();
  }

  /** English plural of a demonym: Russians, Ukrainians; the British, the French, the Chinese. */
  static String plural(String demonym) {
    return demonym.matches(".*(ese|ish|ch|sh|ss|x)") ? demonym : demonym + "s";
  }

  private record Ministry(String slug, String title, List<String> heads) {

    CatalogueActor of(CatalogueActor state, String adjective, List<String> demonyms) {
      List<String> aliases = new ArrayList<>();
      for (String head : heads) {
        demonyms.forEach(demonym -> aliases.add(demonym + " " + head));
        aliases.add(state.label() + " " + head);
        aliases.add(head + " of " + state.label());
      }
      return new CatalogueActor(state.slug() + "-" + slug, adjective + " " + title, EntityKind.ORGANIZATION,
          state.country(), aliases, List.of());
    }
  }
}
