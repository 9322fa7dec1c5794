package org.newskg.resolve;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityKind;
import org.newskg.extract.EventMention;
import org.newskg.extract.Participant;

/**
 * The key of one real-world event, derived only from its mentions' content: action, anchor (the
 * group's main place, else its main actor) and the month its date ends in, e.g.
 * {@code withdraw-gn706448-2022-11}. Two documents that report one event derive one key.
 */
final class EventKeys {

  private EventKeys() {}

  /** The key of a group of mentions of one event (same action) within one document, places taken as named. */
  static String of(List<EventMention> group) {
    return of(group, PlaceRegions.NONE);
  }

  /** The key of a group of mentions of one event, a place anchoring by the first-order division it lies in. */
  static String of(List<EventMention> group, PlaceRegions regions) {
    EventMention first = group.get(0);
    String anchor = anchor(group, regions).orElse(slug(first.docId()) + "-" + first.index());
    return String.join("-", Stream.of(slug(first.action()), anchor, month(group).orElse(""))
        .filter(part -> !part.isEmpty()).toList());
  }

  /**
   * The region of the most often named place (a settlement or area before a river or sea), else
   * the most often named actor; ties go to the smaller IRI so the choice is stable.
   */
  private static Optional<String> anchor(List<EventMention> group, PlaceRegions regions) {
    Stream<Entity> places = group.stream().flatMap(m -> places(m).stream()).map(Participant::entity)
        .filter(e -> e != null).map(regions::region);
    return mostNamed(places, regions::isSettledArea)
        .or(() -> mostNamed(group.stream().map(EventMention::actors).flatMap(List::stream).map(Participant::entity)
            .filter(e -> e != null), e -> false))
        .map(EventKeys::anchorOf);
  }

  static List<Participant> places(EventMention mention) {
    List<Participant> places = mention.places();
    return places.isEmpty()
        ? mention.targets().stream().filter(t -> t.entity() != null && t.entity().kind() == EntityKind.PLACE).toList()
        : places;
  }

  private static Optional<Entity> mostNamed(Stream<Entity> entities, Predicate<Entity> preferred) {
    Map<Entity, Long> counts = entities.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    Comparator<Entity> order = Comparator.comparing((Entity e) -> e.hasCoordinates())
        .thenComparing(preferred::test)
        .thenComparing(counts::get)
        .thenComparing(Entity::iri, Comparator.reverseOrder());
    return counts.keySet().stream().max(order);
  }

  /** gn706448 for a GeoNames place; place-foo, actor-russia, person-jane-doe for newskg IRIs. */
  static String anchorOf(Entity entity) {
    String iri = entity.iri();
    if (iri.startsWith(Place.IRI_BASE)) {
      return "gn" + slug(iri.substring(Place.IRI_BASE.length()));
    }
    String[] path = iri.replaceAll("/+$", "").split("/");
    return path.length < 2 ? slug(iri) : slug(path[path.length - 2] + "-" + path[path.length - 1]);
  }

  /**
   * The period of the group's earliest date (its own dates before dates fallen back to the
   * published date): the month in which that date ends, or its year when the text gave only a
   * year. The end, because a later report names a multi-day event by the day it was completed
   * ("30 October – 2 November" and "on 2 November" both fall in November).
   */
  private static Optional<String> month(List<EventMention> group) {
    Comparator<EventMention> order = Comparator.comparing((EventMention m) -> m.date().fromPublished())
        .thenComparing(m -> DateRange.of(m.date()).orElseThrow().first());
    return group.stream().filter(m -> DateRange.of(m.date()).isPresent()).min(order).map(EventKeys::period);
  }

  private static String period(EventMention m) {
    DateRange range = DateRange.of(m.date()).orElseThrow();
    boolean yearOnly = m.date().value().matches("\\d{4}(/\\d{4})?");
    return yearOnly ? String.valueOf(range.last().getYear()) : range.endMonth();
  }

  static String slug(String text) {
    return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]+", "-").replaceAll("(^-+|-+$)", "");
  }
}
