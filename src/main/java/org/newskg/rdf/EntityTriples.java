package org.newskg.rdf;

import static org.newskg.rdf.TripleSink.decimal;
import static org.newskg.rdf.TripleSink.english;
import static org.newskg.rdf.TripleSink.iri;
import static org.newskg.rdf.TripleSink.text;

import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityKind;
import org.newskg.extract.Participant;

/** Writes the canonical actor or place a participant refers to, minting one if unresolved. */
final class EntityTriples {
  private final TripleSink sink;

  EntityTriples(TripleSink sink) {
    this.sink = sink;
  }

  /** The participant's entity, or one minted from its kind and words so the builder is total. */
  static Entity entityOf(Participant participant) {
    if (participant.entity() != null) {
      return participant.entity();
    }
    EntityKind kind = participant.kind() == null ? EntityKind.OTHER : participant.kind();
    return new Entity(Iris.unknownEntity(kind, participant.mention()), participant.mention(), kind, null, null);
  }

  /** Writes the entity and returns its node; an agent is typed as an actor whatever its kind. */
  Node write(Entity entity, boolean agent) {
    Node node = iri(entity.iri());
    sink.add(node, RDFS.label, text(entity.label()));
    sink.add(node, SKOS.prefLabel, english(entity.label()));
    if (entity.kind() == EntityKind.PLACE) {
      writePlace(node, entity);
    }
    if (agent || entity.kind() != EntityKind.PLACE) {
      sink.types(node, NKG.Actor, SEM.Actor, PROVO.Agent);
      sink.add(node, NKG.actorKind, text(actorKind(entity.kind())));
    }
    return node;
  }

  private void writePlace(Node node, Entity place) {
    sink.types(node, NKG.Place, SEM.Place, GEO.Feature);
    if (place.hasCoordinates()) {
      sink.add(node, WGS.lat, decimal(place.lat(), 6));
      sink.add(node, WGS.long_, decimal(place.lon(), 6));
      writeGeometry(node, place);
    }
  }

  private void writeGeometry(Node place, Entity entity) {
    Node geometry = iri(Iris.geometry(entity.iri()));
    sink.add(place, GEO.hasGeometry, geometry);
    sink.types(geometry, GEO.Geometry);
    String wkt = "POINT(" + decimal(entity.lon(), 6).getLiteralLexicalForm() + " "
        + decimal(entity.lat(), 6).getLiteralLexicalForm() + ")";
    sink.add(geometry, GEO.asWKT, NodeFactory.createLiteralDT(wkt, GEO.wktLiteral));
  }

  private static String actorKind(EntityKind kind) {
    return switch (kind) {
      case PERSON, ORGANIZATION, STATE, GROUP -> kind.name().toLowerCase(Locale.ROOT);
      case PLACE, OTHER -> "actor";
    };
  }
}
