package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.DocumentGraph;
import org.newskg.rdf.EventGraphBuilder;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Samples;

/** Every write keeps the summary graph's counts per actor equal to what the documents say. */
class ActorSummariesTest {
  private final EventGraphBuilder builder = new EventGraphBuilder();

  @Test
  void countsFollowEveryReplaceAndMatchARebuild() {
    Tdb2EventStore store = Tdb2EventStore.inMemory();
    store.replace(List.of(builder.build(Samples.document(), Samples.mentions())));
    Map<String, String> afterOne = counts(store);
    assertFalse(afterOne.isEmpty(), "the sample names actors");
    store.replace(List.of(builder.build(Samples.document("doc_two", Samples.TEXT), Samples.mentions("doc_two"))));
    Map<String, String> afterTwo = counts(store);
    ActorSummaries.rebuild(store.dataset());
    assertEquals(counts(store), afterTwo, "incremental counts equal a rebuild");
    store.replace(List.of(builder.build(Samples.document("doc_two", Samples.TEXT), List.of())));
    assertEquals(afterOne, counts(store), "a document re-stored without mentions no longer counts");
  }

  private static Map<String, String> counts(Tdb2EventStore store) {
    Node summary = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
    return Txn.calculateRead(store.dataset(), () -> {
      Graph graph = store.dataset().getGraph(summary);
      Map<String, String> counts = new TreeMap<>();
      for (var p : List.of(NKG.eventsAsActor, NKG.eventsAsTarget, NKG.mentionsAsSource)) {
        graph.find(Node.ANY, p.asNode(), Node.ANY).forEachRemaining(t ->
            counts.put(t.getSubject().getURI() + " " + p.getLocalName(), t.getObject().getLiteralLexicalForm()));
      }
      return counts;
    });
  }
}
