package org.newskg.rdf;

import static org.newskg.rdf.TripleSink.text;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Adds the catalogue's aliases of the actors of a built graph as {@code skos:altLabel}s. */
final class AliasTriples {
  private final ActorAliases aliases;

  AliasTriples(ActorAliases aliases) {
    this.aliases = aliases;
  }

  void addTo(Graph graph) {
    TripleSink sink = new TripleSink(graph);
    instancesOf(graph, NKG.Actor).forEach(actor -> write(sink, actor, label(graph, actor)));
  }

  private void write(TripleSink sink, Node actor, String label) {
    AltLabels.bounded(label, aliases.aliases(actor.getURI()))
        .forEach(alias -> sink.add(actor, SKOS.altLabel, text(alias)));
  }

  /** The IRI subjects typed with this class in the graph. */
  static List<Node> instancesOf(Graph graph, Resource type) {
    return graph.find(Node.ANY, RDF.type.asNode(), type.asNode()).mapWith(Triple::getSubject)
        .filterKeep(Node::isURI).toList();
  }

  static String label(Graph graph, Node subject) {
    return graph.find(subject, RDFS.label.asNode(), Node.ANY).nextOptional()
        .map(t -> t.getObject().getLiteralLexicalForm()).orElse(null);
  }
}
