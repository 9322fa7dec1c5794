package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.newskg.Home;

/** ontology/README.md's term and action tables list exactly the terms and concepts of newskg.ttl. */
class OntologyReadmeTest {
  private static final String ACTION = NKG.ID + "action/";
  private final Graph ontology = RDFDataMgr.loadGraph(Home.path("ontology/newskg.ttl").toString());

  @Test
  void theTermTableListsEveryNkgTermOfTheOntology() {
    Set<String> terms = ontology.find().toList().stream().map(Triple::getSubject)
        .filter(s -> s.isURI() && s.getURI().startsWith(NKG.NS))
        .map(s -> "nkg:" + s.getURI().substring(NKG.NS.length()))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(terms, ReadmeTable.firstColumn(Home.path("ontology/README.md"), "## Terms"));
  }

  @Test
  void theActionTableListsEveryConceptOfTheScheme() {
    Set<String> ids = ontology.find(Node.ANY, SKOS.inScheme.asNode(), NodeFactory.createURI(NKG.ActionScheme.getURI()))
        .mapWith(t -> t.getSubject().getURI().substring(ACTION.length())).toSet();
    assertEquals(new TreeSet<>(ids), ReadmeTable.firstColumn(Home.path("ontology/README.md"), "## Action concepts"));
  }
}
