package org.newskg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Samples;

class ShaclGraphValidatorTest {
  private static final ShaclGraphValidator VALIDATOR = ShaclGraphValidator.fromHome();
  private final Graph graph = Samples.builder().build(Samples.document(), Samples.mentions()).graph();

  @Test
  void builtGraphConforms() {
    assertEquals(List.of(), VALIDATOR.validate(graph));
  }

  @Test
  void unknownActionIsReportedWithFocusPathAndMessage() {
    Node mention = NodeFactory.createURI(Iris.mention(Samples.DOC_ID, 1));
    graph.remove(mention, NKG.action.asNode(), Node.ANY);
    graph.add(Triple.create(mention, NKG.action.asNode(), NodeFactory.createURI(Iris.action("teleport"))));
    List<Violation> violations = VALIDATOR.validate(graph);
    assertEquals(1, violations.size(), violations.toString());
    Violation violation = violations.get(0);
    assertEquals(mention.getURI(), violation.focusNode());
    assertEquals("<" + NKG.action.getURI() + ">", violation.path());
    assertEquals("Violation", violation.severity());
    assertTrue(violation.message().contains("action"), violation.message());
  }

  @Test
  void confidenceAboveOneIsReported() {
    var mentions = List.of(Samples.withdrawal(Samples.DOC_ID), withConfidence(Samples.attack(Samples.DOC_ID), 1.2));
    Graph bad = Samples.builder().build(Samples.document(), mentions).graph();
    assertTrue(VALIDATOR.validate(bad).stream().anyMatch(v -> v.message().contains("confidence")));
  }

  private static org.newskg.extract.EventMention withConfidence(org.newskg.extract.EventMention m, double c) {
    return new org.newskg.extract.EventMention(m.docId(), m.index(), m.action(), m.trigger(), m.evidence(),
        m.actors(), m.targets(), m.places(), m.date(), m.source(), m.modality(), c, m.quantities(), m.eventKey());
  }
}
