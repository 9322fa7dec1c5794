package org.newskg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.newskg.extract.Confidence;
import org.newskg.extract.EventMention;
import org.newskg.extract.Participant;

/**
 * {@link EventLinker} by content keys. Within a document, mentions with the same action,
 * compatible dates (overlapping, or either undated) and a shared place or actor entity form one
 * event; each event's key is derived from its content ({@link EventKeys}), so mentions of one
 * event in two documents meet under one key however and whenever they are ingested.
 * Requires resolved participants; produces the same mentions with {@code eventKey} set and their
 * confidence settled ({@link Confidence#settled}).
 */
public final class KeyEventLinker implements EventLinker {

  private final Supplier<PlaceRegions> regions;

  /** Anchors keys on the regions of the shared gazetteer, loaded when first needed. */
  public KeyEventLinker() {
    this.regions = memoized(() -> PlaceRegions.of(Gazetteer.shared()));
  }

  KeyEventLinker(PlaceRegions regions) {
    this.regions = () -> regions;
  }

  private static Supplier<PlaceRegions> memoized(Supplier<PlaceRegions> load) {
    PlaceRegions[] cache = new PlaceRegions[1];
    return () -> cache[0] != null ? cache[0] : (cache[0] = load.get());
  }

  @Override
  public List<EventMention> link(List<EventMention> resolvedMentions) {
    Map<EventMention, String> keys = new HashMap<>();
    resolvedMentions.stream().collect(Collectors.groupingBy(EventMention::docId))
        .values().forEach(document -> groups(document).forEach(group -> {
          String key = EventKeys.of(group, regions.get());
          group.forEach(mention -> keys.put(mention, key));
        }));
    return resolvedMentions.stream().map(m -> settled(m).withEventKey(keys.get(m))).toList();
  }

  /** The linker is the first stage to see a mention whole (participants resolved): it settles its confidence. */
  private static EventMention settled(EventMention m) {
    return new EventMention(m.docId(), m.index(), m.action(), m.trigger(), m.evidence(), m.actors(), m.targets(),
        m.places(), m.date(), m.source(), m.modality(), Confidence.settled(m), m.quantities(), m.eventKey());
  }

  /** The document's mentions grouped by event: connected components of {@link #sameEvent}. */
  static List<List<EventMention>> groups(List<EventMention> document) {
    int[] parent = new int[document.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
      for (int j = 0; j < i; j++) {
        if (sameEvent(document.get(i), document.get(j))) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    Map<Integer, List<EventMention>> components = new TreeMap<>();
    for (int i = 0; i < parent.length; i++) {
      components.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(document.get(i));
    }
    return List.copyOf(components.values());
  }

  static boolean sameEvent(EventMention a, EventMention b) {
    return a.action().equals(b.action()) && datesCompatible(a, b) && sharesEntity(a, b);
  }

  private static boolean datesCompatible(EventMention a, EventMention b) {
    var first = DateRange.of(a.date());
    var second = DateRange.of(b.date());
    return first.isEmpty() || second.isEmpty() || first.get().overlaps(second.get());
  }

  /** A shared place; or, unless both name places (and none in common), a shared actor. */
  private static boolean sharesEntity(EventMention a, EventMention b) {
    Set<String> placesOfA = iris(EventKeys.places(a));
    Set<String> placesOfB = iris(EventKeys.places(b));
    if (placesOfB.stream().anyMatch(placesOfA::contains)) {
      return true;
    }
    Set<String> actorsOfA = iris(a.actors());
    boolean placesDiffer = !placesOfA.isEmpty() && !placesOfB.isEmpty();
    return !placesDiffer && iris(b.actors()).stream().anyMatch(actorsOfA::contains);
  }

  private static Set<String> iris(List<Participant> participants) {
    return participants.stream().filter(p -> p.entity() != null).map(p -> p.entity().iri()).collect(Collectors.toSet());
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }
}
