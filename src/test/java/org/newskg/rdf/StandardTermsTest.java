package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The SEM, PROV-O and SKOS terms the built graph asserts, so plain SPARQL finds them. */
class StandardTermsTest {
  private final Graph graph = Samples.builder().build(Samples.document(), Samples.mentions()).graph();
  private final Node withdrawal = iri(Iris.mention(Samples.DOC_ID, 0));
  private final Node attack = iri(Iris.mention(Samples.DOC_ID, 1));
  private final Node ministry = iri(NKG.ID + "organization/the-ministry");

  @Test
  void aMentionHasASemTimeWithItsValuePrecisionAndBounds() {
    Node time = iri(NKG.ID + "time/2021-03");
    assertTrue(graph.contains(withdrawal, SEM.hasTime.asNode(), time));
    assertTrue(graph.contains(time, RDF.type.asNode(), SEM.Time.asNode()));
    assertEquals("2021-03", objects(time, RDFS.label.asNode()).iterator().next().getLiteralLexicalForm());
    assertTrue(graph.contains(time, NKG.datePrecision.asNode(), NKG.month.asNode()));
    assertEquals("2021-03-31", objects(time, SEM.hasLatestEndTimeStamp.asNode()).iterator().next()
        .getLiteralLexicalForm());
  }

  @Test
  void anEventHasTheTimesOfItsMentions() {
    Node event = iri(Iris.event("zenda-withdrawal"));
    assertEquals(Set.of(iri(NKG.ID + "time/2021-03")), objects(event, SEM.hasTime.asNode()));
  }

  @Test
  void anIntervalTimeIsNamedWithTheIsoDoubleHyphen() {
    assertEquals(NKG.ID + "time/2022-11-09--2022-11-11", Iris.time("2022-11-09/2022-11-11"));
  }

  @Test
  void aSourcedMentionIsAttributedToItsSourceAgent() {
    assertTrue(graph.contains(withdrawal, PROVO.wasAttributedTo.asNode(), ministry));
    assertTrue(graph.contains(withdrawal, SEM.accordingTo.asNode(), ministry));
    assertFalse(graph.contains(attack, PROVO.wasAttributedTo.asNode(), Node.ANY));
  }

  @Test
  void aQuantityIsDerivedFromItsDocumentAndAttributedToItsMentionsSource() {
    Node quantity = iri(Iris.quantity(withdrawal.getURI(), 0));
    assertTrue(graph.contains(quantity, PROVO.wasDerivedFrom.asNode(), iri(Iris.document(Samples.DOC_ID))));
    assertTrue(graph.contains(quantity, PROVO.wasAttributedTo.asNode(), ministry));
  }

  @Test
  void placesGetBoundedAlternateNamesFromTheirGazetteerFacts() {
    List<String> names = List.of("Zenda", "Senda", "Зенда", "Zendastadt", "senda");
    PlaceFacts facts = new PlaceFacts("P", "PPL", "RU", null, null, names);
    PlaceHierarchy known = (iri, label) -> Optional.of(facts).filter(f -> label.equals("Zenda"));
    Graph named = new EventGraphBuilder(known).build(Samples.document(), Samples.mentions()).graph();
    assertEquals(Set.of("Senda", "Zendastadt"), altLabels(named, Samples.ZENDA.iri()));
  }

  @Test
  void actorsGetTheirAliases() {
    ActorAliases catalogue = iri -> iri.equals(Samples.RURITANIA.iri()) ? List.of("Kingdom of Ruritania") : List.of();
    Graph named = new EventGraphBuilder(PlaceHierarchy.NONE, catalogue)
        .build(Samples.document(), Samples.mentions()).graph();
    assertEquals(Set.of("Kingdom of Ruritania"), altLabels(named, Samples.RURITANIA.iri()));
    assertEquals(Set.of(), altLabels(named, ministry.getURI()));
  }

  private Set<Node> objects(Node subject, Node predicate) {
    return graph.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toSet();
  }

  private static Set<String> altLabels(Graph in, String iri) {
    return in.find(iri(iri), SKOS.altLabel.asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm())
        .toList().stream().collect(Collectors.toSet());
  }

  private static Node iri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
