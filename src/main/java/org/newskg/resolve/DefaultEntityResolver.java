package org.newskg.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.newskg.extract.EntityKind;
import org.newskg.extract.EventMention;
import org.newskg.extract.Participant;
import org.newskg.ingest.Span;
import org.newskg.nlp.AnnotatedDocument;

/**
 * {@link EntityResolver} combining the gazetteer, the actor catalogue and cheap in-document
 * coreference: first the countries of the document's places are gathered as context, then every
 * named participant is resolved by its role, then pronouns and definite descriptions take the
 * nearest compatible name before them. Every participant leaves with a non-null entity.
 */
public final class DefaultEntityResolver implements EntityResolver {

  private final GazetteerPlaceResolver places;
  private final CatalogueActorResolver actors;

  /** Uses the shipped gazetteer and catalogue, each loaded once per process on first use. */
  public DefaultEntityResolver() {
    this(new GazetteerPlaceResolver(), new CatalogueActorResolver());
  }

  public DefaultEntityResolver(GazetteerPlaceResolver places, CatalogueActorResolver actors) {
    this.places = places;
    this.actors = actors;
  }

  @Override
  public List<EventMention> resolve(AnnotatedDocument document, List<EventMention> mentions) {
    List<NamedSpan> spans = NamedSpan.of(document);
    RoleResolution names = new RoleResolution(places, actors, context(spans, mentions));
    List<Span> sentences = document.sentences().stream().map(s -> new Span(s.begin(), s.end())).toList();
    InDocumentCoreference coreference = new InDocumentCoreference(antecedents(spans, mentions, names),
        document.document().text(), sentences).withChains(CorefChainAntecedents.of(document, names));
    ParticipantResolution resolution = new ParticipantResolution(names, coreference);
    TopicPlace topic = TopicPlace.of(spans.stream().filter(NamedSpan::isPlace).toList(), names, document.sentences());
    return mentions.stream().map(resolution::resolve).map(topic::placeIfUnplaced).toList();
  }

  /** The countries and regions of the document's places whose names belong to only one. */
  private PlaceContext context(List<NamedSpan> spans, List<EventMention> mentions) {
    Set<String> countries = new HashSet<>();
    Set<String> regions = new HashSet<>();
    Stream<String> placeNames = Stream.concat(
        spans.stream().filter(NamedSpan::isPlace).map(NamedSpan::text),
        mentions.stream().flatMap(m -> m.places().stream()).map(Participant::mention));
    placeNames.map(places::contextOf).forEach(found -> {
      countries.addAll(found.countries());
      regions.addAll(found.regions());
    });
    return new PlaceContext(countries, regions);
  }

  /** Names a pronoun may point back to: the NER's names and the mentions' named participants. */
  private static List<Antecedent> antecedents(List<NamedSpan> spans, List<EventMention> mentions, RoleResolution names) {
    List<Antecedent> antecedents = new ArrayList<>();
    List<Span> named = new ArrayList<>();
    for (EventMention mention : mentions) {
      ParticipantResolution.named(mention).forEach((participant, role) -> {
        antecedents.add(names.resolve(participant.mention(), participant.kind(), role,
            participant.span() == null ? Integer.MAX_VALUE : participant.span().begin()));
        if (participant.span() != null) {
          named.add(participant.span());
        }
      });
    }
    // A name inside a participant's phrase ("Ministry of Defense" in "the British Ministry of
    // Defense") is that participant, better resolved as the whole phrase.
    spans.stream().filter(span -> named.stream().noneMatch(p -> p.begin() <= span.begin() && span.end() <= p.end()))
        .forEach(span -> antecedents.addAll(fromSpan(span, names)));
    return antecedents;
  }

  private static List<Antecedent> fromSpan(NamedSpan span, RoleResolution names) {
    List<Antecedent> found = new ArrayList<>();
    if (span.isPlace()) {
      names.place(span.text(), span.begin()).ifPresent(found::add);
    }
    Optional<Antecedent> actor = names.actor(span.text(), span.begin());
    actor.ifPresent(found::add);
    // "Defense" of "Defense Secretary" names a portfolio, not an organisation anything can refer to.
    if (actor.isEmpty() && !span.modifier() && (span.tag().equals("PERSON") || span.tag().equals("ORGANIZATION"))) {
      EntityKind kind = span.tag().equals("PERSON") ? EntityKind.PERSON : EntityKind.ORGANIZATION;
      found.add(new Antecedent(span.begin(), CatalogueActorResolver.unknown(span.text(), kind), null));
    }
    return found;
  }

}
