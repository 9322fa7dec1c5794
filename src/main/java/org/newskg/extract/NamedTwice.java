package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.newskg.ingest.Span;

/**
 * One event named twice in a clause: an event noun that is the object or oblique of a verb of the
 * same action ("signed a ceasefire", "arrived for a visit") is the verb's event, not another.
 * The verb's mention stays, with the noun's participants added.
 */
final class NamedTwice {

  private NamedTwice() {}

  /** The mentions of these matches, each noun named twice folded into its verb's. */
  static List<EventMention> fold(ParseView parse, List<TriggerMatch> matches, Function<TriggerMatch, EventMention> build) {
    Map<TriggerMatch, EventMention> built = new LinkedHashMap<>();
    matches.forEach(m -> built.put(m, build.apply(m)));
    for (TriggerMatch m : matches) {
      namingVerb(parse, m, matches).ifPresent(verb -> built.put(verb, absorb(built.get(verb), built.remove(m))));
    }
    return new ArrayList<>(built.values());
  }

  /** The verb of the same action whose object or oblique this noun trigger is. */
  static Optional<TriggerMatch> namingVerb(ParseView parse, TriggerMatch noun, List<TriggerMatch> all) {
    if (noun.verb()) {
      return Optional.empty();
    }
    return all.stream().filter(v -> v.verb() && v.entry().action().equals(noun.entry().action()))
        .filter(v -> isArgument(parse.relation(v.head().index(), phraseHead(parse, noun).index()))).findFirst();
  }

  /** "a truce agreement": a compound modifier stands for the noun it modifies. */
  private static org.newskg.nlp.Token phraseHead(ParseView parse, TriggerMatch noun) {
    return parse.heads(noun.head().index()).stream().filter(d -> d.relation().equals("compound"))
        .map(d -> parse.token(d.governor())).findFirst().orElse(noun.head());
  }

  private static boolean isArgument(String relation) {
    return relation != null && (relation.equals("obj") || relation.startsWith("obl"));
  }

  private static EventMention absorb(EventMention verb, EventMention noun) {
    return verb.withParticipants(union(verb.actors(), noun.actors()), union(verb.targets(), noun.targets()),
        union(verb.places(), noun.places()), verb.source());
  }

  /** Both lists, without a participant whose span overlaps one already there. */
  private static List<Participant> union(List<Participant> first, List<Participant> second) {
    List<Participant> out = new ArrayList<>(first);
    second.stream().filter(p -> out.stream().noneMatch(q -> overlaps(p.span(), q.span()))).forEach(out::add);
    return out;
  }

  private static boolean overlaps(Span a, Span b) {
    return a == null || b == null ? false : a.begin() < b.end() && b.begin() < a.end();
  }
}
