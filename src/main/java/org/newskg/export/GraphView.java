package org.newskg.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * The store seen as a property graph for graph tools: nodes are events, actors, places and
 * documents; edges go from an event to its actors, targets, places, sources and documents.
 */
public record GraphView(List<Node> nodes, List<Edge> edges) {

  /** A node: its IRI, kind (event, actor, place, document) and a label for display. */
  public record Node(String iri, String kind, String label) {}

  /** A directed edge labelled by its role (actor, target, place, source, mentionedIn). */
  public record Edge(String source, String target, String type) {}

  private static final String PREFIXES = """
      PREFIX nkg: <http://newskg.org/ontology#>
      PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      """;
  // Places before actors: an entity that is both (a city cited as a source) shows as a place.
  private static final Query NODES = QueryFactory.create(PREFIXES + """
      SELECT ?node ?kind ?label WHERE { GRAPH ?g {
        { ?node a nkg:Event ; nkg:action ?action BIND ("1event" AS ?kind) BIND (STRAFTER(STR(?action), "/action/") AS ?label) }
        UNION { ?node a nkg:Place ; rdfs:label ?label BIND ("2place" AS ?kind) }
        UNION { ?node a nkg:Actor ; rdfs:label ?label BIND ("3actor" AS ?kind) }
        UNION { ?node a nkg:Document ; dcterms:identifier ?id
                OPTIONAL { ?node dcterms:title ?title } BIND (COALESCE(?title, ?id) AS ?label) BIND ("4document" AS ?kind) }
      } } ORDER BY ?kind ?node""");
  private static final Query EDGES = QueryFactory.create(PREFIXES + """
      SELECT DISTINCT ?from ?to ?type WHERE { GRAPH ?g {
        { ?from a nkg:Event ; sem:hasActor ?to BIND ("actor" AS ?type) }
        UNION { ?from a nkg:Event ; nkg:hasTarget ?to BIND ("target" AS ?type) }
        UNION { ?from a nkg:Event ; sem:hasPlace ?to BIND ("place" AS ?type) }
        UNION { ?mention nkg:mentionOf ?from ; sem:accordingTo ?to BIND ("source" AS ?type) }
        UNION { ?mention nkg:mentionOf ?from ; nif:referenceContext ?to BIND ("mentionedIn" AS ?type) }
      } } ORDER BY ?from ?type ?to""");

  /** Reads the view; the caller holds a read transaction. */
  public static GraphView read(DatasetGraph dataset) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    for (Binding b : select(dataset, NODES)) {
      String iri = b.get("node").getURI();
      nodes.putIfAbsent(iri, new Node(iri, b.get("kind").getLiteralLexicalForm().substring(1),
          b.get("label").getLiteralLexicalForm()));
    }
    List<Edge> edges = new ArrayList<>();
    for (Binding b : select(dataset, EDGES)) {
      Edge edge = new Edge(b.get("from").getURI(), b.get("to").getURI(), b.get("type").getLiteralLexicalForm());
      if (nodes.containsKey(edge.source()) && nodes.containsKey(edge.target())) {
        edges.add(edge);
      }
    }
    return new GraphView(List.copyOf(nodes.values()), List.copyOf(edges));
  }

  private static List<Binding> select(DatasetGraph dataset, Query query) {
    try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
      return exec.select().materialize().stream().toList();
    }
  }
}
