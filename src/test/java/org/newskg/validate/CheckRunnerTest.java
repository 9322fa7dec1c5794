package org.newskg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityKind;
import org.newskg.extract.EventDate;
import org.newskg.extract.EventMention;
import org.newskg.rdf.DocumentGraph;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NIF;
import org.newskg.rdf.Samples;

class CheckRunnerTest {
  private final CheckRunner runner = CheckRunner.fromHome();

  @Test
  void sampleGraphPassesEveryCheck() {
    List<CheckResult> results = runner.run(dataset(build(Samples.mentions())));
    assertEquals(3, results.size());
    assertTrue(results.stream().allMatch(CheckResult::passed), results.toString());
  }

  @Test
  void assertedEventAfterPublicationIsReported() {
    EventMention late = withDate(Samples.attack(Samples.DOC_ID), EventDate.of("2021-05-01"));
    Map<String, Integer> counts = violations(build(List.of(Samples.withdrawal(Samples.DOC_ID), late)));
    assertEquals(1, counts.get("event-after-report-violation"));
  }

  @Test
  void endPastTheTextIsReported() {
    DocumentGraph built = build(Samples.mentions());
    Node mention = NodeFactory.createURI(Iris.mention(Samples.DOC_ID, 1));
    built.graph().remove(mention, NIF.endIndex.asNode(), Node.ANY);
    built.graph().add(Triple.create(mention, NIF.endIndex.asNode(), NodeFactory.createLiteralString("999")));
    assertEquals(0, violations(built).get("mention-past-text-violation"), "a string offset is not compared");
    built.graph().remove(mention, NIF.endIndex.asNode(), Node.ANY);
    built.graph().add(Triple.create(mention, NIF.endIndex.asNode(), NodeFactory.createLiteralDT("999",
        org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
    assertEquals(1, violations(built).get("mention-past-text-violation"));
  }

  @Test
  void gazetteerPlaceWithoutCoordinatesIsReported() {
    Entity bare = new Entity("https://sws.geonames.org/42/", "Nowhere", EntityKind.PLACE, null, null);
    EventMention mention = Samples.withdrawal(Samples.DOC_ID);
    EventMention moved = mention.withParticipants(mention.actors(), mention.targets(),
        List.of(mention.places().get(0).resolvedAs(bare)), mention.source());
    assertEquals(1, violations(build(List.of(moved))).get("geonames-place-without-coordinates-violation"));
  }

  private Map<String, Integer> violations(DocumentGraph built) {
    return runner.run(dataset(built)).stream().collect(Collectors.toMap(CheckResult::name, r -> r.rows().size()));
  }

  private static DocumentGraph build(List<EventMention> mentions) {
    return Samples.builder().build(Samples.document(), mentions);
  }

  private static DatasetGraph dataset(DocumentGraph built) {
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    Graph graph = built.graph();
    dataset.addGraph(built.graphName(), graph);
    return dataset;
  }

  private static EventMention withDate(EventMention m, EventDate date) {
    return new EventMention(m.docId(), m.index(), m.action(), m.trigger(), m.evidence(), m.actors(),
        m.targets(), m.places(), date, m.source(), m.modality(), m.confidence(), m.quantities(), m.eventKey());
  }
}
