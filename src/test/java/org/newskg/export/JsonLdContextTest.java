package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newskg.Home;
import org.newskg.rdf.Samples;
import org.newskg.store.Tdb2EventStore;

/** The published context ontology/context.jsonld: valid JSON-LD, complete for the data, and what the export embeds. */
class JsonLdContextTest {
  private final JsonObject published = JSON.read(Home.path("ontology").resolve(Prefixes.CONTEXT_FILE).toString());

  @Test
  void theExportEmbedsThePublishedContext() {
    Tdb2EventStore store = Tdb2EventStore.inMemory();
    store.replace(List.of(Samples.builder().build(Samples.document(), Samples.mentions())));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporter.of(store.dataset()).write("jsonld", out);
    JsonObject exported = JSON.parse(out.toString(StandardCharsets.UTF_8));
    assertEquals(published.get("@context"), exported.get("@context"));
  }

  @Test
  void aDocumentUsingTheContextExpandsToTheDataModelsIris() {
    String doc = "{ \"@context\": " + published.get("@context") + ", \"@id\": \"id:event/e1\","
        + " \"@type\": \"sem:Event\", \"sem:hasTime\": { \"@id\": \"id:time/2022-11\" } }";
    Graph graph = GraphFactory.createDefaultGraph();
    RDFParser.fromString(doc, Lang.JSONLD).parse(graph);
    Node event = NodeFactory.createURI("http://newskg.org/id/event/e1");
    assertTrue(graph.contains(event, RDF.type.asNode(), NodeFactory.createURI("http://semanticweb.cs.vu.nl/2009/11/sem/Event")));
    assertTrue(graph.contains(event, NodeFactory.createURI("http://semanticweb.cs.vu.nl/2009/11/sem/hasTime"),
        NodeFactory.createURI("http://newskg.org/id/time/2022-11")));
  }

  @Test
  void everyPredicateAndTypeOfABuiltGraphHasAPrefix() {
    PrefixMap prefixes = Prefixes.fromHome();
    Graph graph = Samples.builder().build(Samples.document(), Samples.mentions()).graph();
    Set<String> uncovered = new TreeSet<>();
    for (Triple t : graph.find().toList()) {
      Node term = t.getPredicate().equals(RDF.type.asNode()) ? t.getObject() : t.getPredicate();
      if (prefixes.abbreviate(term.getURI()) == null) {
        uncovered.add(term.getURI());
      }
    }
    assertEquals(Set.of(), uncovered);
  }
}
