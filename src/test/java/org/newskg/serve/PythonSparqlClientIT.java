package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.newskg.export.PythonClient;
import org.newskg.query.QueryLibrary;

/** The endpoint answers Python's SPARQLWrapper, a SPARQL client that is not Jena. */
class PythonSparqlClientIT {
  private static final String ACTOR_LABELS = """
      PREFIX nkg: <http://newskg.org/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT DISTINCT ?label WHERE { ?a a nkg:Actor ; rdfs:label ?label } ORDER BY ?label""";
  private static final String CLIENT = """
      import sys
      from SPARQLWrapper import SPARQLWrapper, JSON
      endpoint = SPARQLWrapper(sys.argv[1])
      endpoint.setQuery(sys.argv[2])
      endpoint.setReturnFormat(JSON)
      rows = endpoint.query().convert()["results"]["bindings"]
      print("|".join(row["label"]["value"] for row in rows))""";

  @TempDir static Path folder;
  private static DatasetGraph store;
  private static SparqlServer server;

  @BeforeAll
  static void serveTheFixture() {
    store = DatabaseMgr.connectDatasetGraph(folder.resolve("store").toString());
    Path data = QueryCaseData.SHARED;
    Txn.executeWrite(store, () -> RDFDataMgr.read(store, data.toString()));
    ServerSettings settings = ServerSettings.forStore(folder.resolve("store")).withPort(0).withUi(false);
    server = new SparqlServer(store, QueryLibrary.standard(), settings).start();
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void sparqlWrapperGetsWhatTheStoreHolds() {
    PythonClient.require("python3-sparqlwrapper", "SPARQLWrapper");
    String answer = PythonClient.run(CLIENT, server.datasetUrl() + "/sparql", ACTOR_LABELS);
    assertEquals(labelsInStore(), answer);
  }

  private static String labelsInStore() {
    // The endpoint's default graph is the union of the named graphs; ask the store the same way.
    String union = ACTOR_LABELS.replace("WHERE {", "WHERE { GRAPH ?g {").replace("} ORDER", "} } ORDER");
    return Txn.calculateRead(store, () -> {
      try (QueryExec exec = QueryExec.dataset(store).query(QueryFactory.create(union)).build()) {
        StringBuilder labels = new StringBuilder();
        exec.select().forEachRemaining(b -> labels.append(labels.isEmpty() ? "" : "|")
            .append(b.get("label").getLiteralLexicalForm()));
        return labels.toString();
      }
    });
  }
}
