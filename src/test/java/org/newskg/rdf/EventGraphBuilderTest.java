package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class EventGraphBuilderTest {
  private final DocumentGraph built = Samples.builder().build(Samples.document(), Samples.mentions());
  private final Graph graph = built.graph();

  @Test
  void namesTheGraphAfterTheDocument() {
    assertEquals("http://newskg.org/id/graph/doc_one", built.graphName().getURI());
    assertEquals("doc_one", built.docId());
  }

  @Test
  void hasNoBlankNodes() {
    assertFalse(graph.stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank()));
  }

  @Test
  void buildsTheSameTriplesTwice() {
    Graph again = Samples.builder().build(Samples.document(), Samples.mentions()).graph();
    assertEquals(graph.size(), again.size());
    assertTrue(graph.stream().allMatch(again::contains));
  }

  @Test
  void storesTheContentHash() {
    assertTrue(built.contentHash().matches("[0-9a-f]{64}"));
    assertEquals(built.contentHash(), only(doc(), NKG.contentHash.asNode()).getLiteralLexicalForm());
  }

  @Test
  void evidenceAnchorIsTheTextBetweenTheOffsets() {
    Node mention = iri(Iris.mention("doc_one", 0));
    int begin = intOf(mention, NIF.beginIndex.asNode());
    int end = intOf(mention, NIF.endIndex.asNode());
    assertEquals(Samples.TEXT.substring(begin, end), only(mention, NIF.anchorOf.asNode()).getLiteralLexicalForm());
  }

  @Test
  void monthDateSpansTheWholeMonth() {
    Node mention = iri(Iris.mention("doc_one", 0));
    assertEquals("2021-03-01", only(mention, SEM.hasEarliestBeginTimeStamp.asNode()).getLiteralLexicalForm());
    assertEquals("2021-03-31", only(mention, SEM.hasLatestEndTimeStamp.asNode()).getLiteralLexicalForm());
    assertEquals(NKG.month.asNode(), only(mention, NKG.datePrecision.asNode()));
  }

  @Test
  void unresolvedParticipantGetsAnIriFromKindAndName() {
    Node target = only(iri(Iris.mention("doc_one", 1)), NKG.hasTarget.asNode());
    assertEquals("http://newskg.org/id/place/strelsau", target.getURI());
    assertTrue(graph.contains(target, RDF.type.asNode(), NKG.Place.asNode()));
  }

  @Test
  void knownPlaceHasAPointGeometry() {
    Node geometry = only(iri(Samples.ZENDA.iri()), GEO.hasGeometry.asNode());
    assertEquals("http://newskg.org/id/geometry/1234567", geometry.getURI());
    assertEquals("POINT(21.25 48.5)", only(geometry, GEO.asWKT.asNode()).getLiteralLexicalForm());
  }

  @Test
  void sourceIsAnAgentEvenWhenUnresolved() {
    Node source = only(iri(Iris.mention("doc_one", 0)), SEM.accordingTo.asNode());
    assertTrue(graph.contains(source, RDF.type.asNode(), PROVO.Agent.asNode()));
  }

  @Test
  void unlinkedMentionIsAnEventOfItsOwn() {
    Node event = only(iri(Iris.mention("doc_one", 1)), NKG.mentionOf.asNode());
    assertEquals("http://newskg.org/id/event/doc_one-1", event.getURI());
    assertTrue(graph.contains(event, RDF.type.asNode(), SEM.Event.asNode()));
    assertEquals(Iris.action("attack"), only(event, NKG.action.asNode()).getURI());
  }

  @Test
  void quantityKeepsWhatItCounts() {
    Node quantity = iri(Iris.quantity(Iris.mention("doc_one", 0), 0));
    assertEquals("4000", only(quantity, NKG.quantityValue.asNode()).getLiteralLexicalForm());
    assertEquals("about 4,000", only(quantity, NIF.anchorOf.asNode()).getLiteralLexicalForm());
  }

  @Test
  void documentWithoutMentionsStillCarriesItsMetadata() {
    Graph empty = Samples.builder().build(Samples.document(), List.of()).graph();
    assertEquals("2021-04-05", only(doc(), DCTerms.issued.asNode(), empty).getLiteralLexicalForm());
  }

  private Node doc() {
    return iri(Iris.document("doc_one"));
  }

  private Node only(Node subject, Node predicate) {
    return only(subject, predicate, graph);
  }

  private static Node only(Node subject, Node predicate, Graph in) {
    List<Triple> found = in.find(subject, predicate, Node.ANY).toList();
    assertEquals(1, found.size(), "values of " + predicate + " on " + subject);
    return found.get(0).getObject();
  }

  private int intOf(Node subject, Node predicate) {
    return Integer.parseInt(only(subject, predicate).getLiteralLexicalForm());
  }

  private static Node iri(String iri) {
    return NodeFactory.createURI(iri);
  }

  @Test
  void addsTheGeoNamesHierarchyOfKnownPlaces() {
    PlaceFacts facts = new PlaceFacts("P", "PPLA", "RU", GN.SWS + "2/", GN.SWS + "1/");
    PlaceHierarchy known = (iri, label) -> label.equals("Zenda") ? java.util.Optional.of(facts)
        : java.util.Optional.empty();
    Graph withParents = new EventGraphBuilder(known).build(Samples.document(), Samples.mentions()).graph();
    Node zenda = NodeFactory.createURI("https://sws.geonames.org/1234567/");
    assertTrue(withParents.contains(zenda, GN.parentADM1.asNode(), NodeFactory.createURI(GN.SWS + "2/")));
    assertTrue(withParents.contains(zenda, GN.parentCountry.asNode(), NodeFactory.createURI(GN.SWS + "1/")));
    assertTrue(withParents.contains(zenda, GN.featureCode.asNode(), NodeFactory.createURI(GN.NS + "P.PPLA")));
    assertFalse(graph.contains(zenda, GN.parentADM1.asNode(), Node.ANY));
  }
}
