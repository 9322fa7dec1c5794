package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.query.QueryCaseData;

/**
 * The GraphML and GeoJSON exports of a TDB2 store, loaded by Python's networkx and json: the
 * counts they see equal what SPARQL counts in the store.
 */
class GraphToolClientsIT {
  private static final String PREFIXES = """
      PREFIX nkg: <http://newskg.org/ontology#>
      PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
      PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
      PREFIX wgs: <http://www.w3.org/2003/01/geo/wgs84_pos#>
      """;
  // The nodes a graph tool should see: events, places, actors and documents, each once.
  private static final String NODE_COUNT = PREFIXES + """
      SELECT (COUNT(DISTINCT ?n) AS ?count) WHERE { GRAPH ?g {
        ?n a ?type FILTER(?type IN (nkg:Event, nkg:Place, nkg:Actor, nkg:Document)) } }""";
  // Its edges: an event's roles and the documents and sources of its mentions, between such nodes.
  private static final String EDGE_COUNT = PREFIXES + """
      SELECT (COUNT(*) AS ?count) WHERE { SELECT DISTINCT ?from ?to ?role WHERE { GRAPH ?g {
        { ?from sem:hasActor ?to BIND("actor" AS ?role) } UNION { ?from nkg:hasTarget ?to BIND("target" AS ?role) }
        UNION { ?from sem:hasPlace ?to BIND("place" AS ?role) }
        UNION { ?m nkg:mentionOf ?from ; sem:accordingTo ?to BIND("source" AS ?role) }
        UNION { ?m nkg:mentionOf ?from ; nif:referenceContext ?to BIND("document" AS ?role) }
        ?from a nkg:Event . }
        GRAPH ?h { ?to a ?type FILTER(?type IN (nkg:Event, nkg:Place, nkg:Actor, nkg:Document)) } } }""";
  private static final String LOCATED_COUNT = PREFIXES + """
      SELECT (COUNT(*) AS ?count) WHERE { SELECT DISTINCT ?e ?p WHERE { GRAPH ?g {
        ?e a nkg:Event ; sem:hasPlace ?p . ?p wgs:lat ?lat ; wgs:long ?lon } } }""";
  private static final String NETWORKX = """
      import sys, networkx
      g = networkx.read_graphml(sys.argv[1])
      print(g.number_of_nodes(), g.number_of_edges())""";
  private static final String GEOJSON = """
      import sys, json
      features = json.load(open(sys.argv[1], encoding="utf-8"))["features"]
      located = [f for f in features if f["geometry"]["type"] == "Point"
                 and len(f["geometry"]["coordinates"]) == 2
                 and all(isinstance(c, (int, float)) for c in f["geometry"]["coordinates"])]
      print(len(features), len(located))""";

  @TempDir static Path folder;
  private static DatasetGraph store;

  @BeforeAll
  static void storeTheFixture() {
    store = DatabaseMgr.connectDatasetGraph(folder.resolve("store").toString());
    Path data = QueryCaseData.SHARED;
    Txn.executeWrite(store, () -> RDFDataMgr.read(store, data.toString()));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void networkxSeesTheNodesAndEdgesTheStoreHolds() throws IOException {
    PythonClient.require("python3-networkx", "networkx");
    Path file = export("graphml");
    String expected = count(NODE_COUNT) + " " + count(EDGE_COUNT);
    assertTrue(count(EDGE_COUNT) > 0);
    assertEquals(expected, PythonClient.run(NETWORKX, file.toString()));
  }

  @Test
  void everyGeoJsonFeatureHasCoordinates() throws IOException {
    PythonClient.require("python3", "json");
    Path file = export("geojson");
    long located = count(LOCATED_COUNT);
    assertTrue(located > 0);
    assertEquals(located + " " + located, PythonClient.run(GEOJSON, file.toString()));
  }

  private static Path export(String format) throws IOException {
    Path file = folder.resolve("export." + format);
    try (OutputStream out = Files.newOutputStream(file)) {
      Exporter.of(store).write(format, out);
    }
    return file;
  }

  private static long count(String sparql) {
    return Txn.calculateRead(store, () -> {
      try (QueryExec exec = QueryExec.dataset(store).query(QueryFactory.create(sparql)).build()) {
        return Long.parseLong(exec.select().next().get("count").getLiteralLexicalForm());
      }
    });
  }
}
