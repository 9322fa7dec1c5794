package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.DocumentGraph;
import org.newskg.rdf.EventGraphBuilder;
import org.newskg.rdf.Samples;

class Tdb2EventStoreTest {
  private final EventGraphBuilder builder = new EventGraphBuilder();
  private final DocumentGraph one = builder.build(Samples.document(), Samples.mentions());

  @Test
  void reReplacingTheSameGraphLeavesTheQuadCountUnchanged() {
    Tdb2EventStore store = Tdb2EventStore.inMemory();
    store.replace(List.of(one));
    long once = store.quadCount();
    store.replace(List.of(one));
    assertEquals(once, store.quadCount());
    assertTrue(once > one.graph().size(), "the ontology graph is stored too");
  }

  @Test
  void storedHashIsTheBuiltHash() {
    Tdb2EventStore store = Tdb2EventStore.inMemory();
    assertNull(store.storedHash(Samples.DOC_ID));
    store.replace(List.of(one));
    assertEquals(one.contentHash(), store.storedHash(Samples.DOC_ID));
  }

  @Test
  void aFailingBatchChangesNothing() {
    Tdb2EventStore store = Tdb2EventStore.inMemory();
    store.replace(List.of(one));
    long before = store.quadCount();
    DocumentGraph two = builder.build(Samples.document("doc_two", Samples.TEXT), Samples.mentions("doc_two"));
    DocumentGraph broken = new DocumentGraph("doc_three", NodeFactory.createURI("http://newskg.org/id/graph/doc_three"),
        "0", new FailingGraph());
    assertThrows(IllegalStateException.class, () -> store.replace(List.of(two, broken)));
    assertEquals(before, store.quadCount());
    assertNull(store.storedHash("doc_two"));
  }

  @Test
  void replacingDropsTriplesTheNewGraphNoLongerHas() {
    Tdb2EventStore store = Tdb2EventStore.inMemory();
    store.replace(List.of(one));
    DocumentGraph fewer = builder.build(Samples.document(), List.of(Samples.attack(Samples.DOC_ID)));
    store.replace(List.of(fewer));
    assertEquals(fewer.graph().size(), Txn.calculateRead(store.dataset(),
        () -> store.dataset().getGraph(fewer.graphName()).size()));
  }

  @Test
  void defaultGraphIsTheUnionAndSurvivesReopening(@TempDir Path dir) {
    Tdb2EventStore.open(dir).replace(List.of(one));
    Tdb2EventStore reopened = Tdb2EventStore.open(dir);
    long events = Txn.calculateRead(reopened.dataset(), () -> {
      try (var exec = QueryExecutionFactory.create(
          "SELECT (COUNT(*) AS ?n) { ?e a <http://semanticweb.cs.vu.nl/2009/11/sem/Event> }",
          DatasetFactory.wrap(reopened.dataset()))) {
        return exec.execSelect().next().getLiteral("n").getLong();
      }
    });
    assertEquals(2, events);
    assertEquals(one.contentHash(), reopened.storedHash(Samples.DOC_ID));
  }

  /** A graph whose triples cannot be read, to make a write fail half-way through a batch. */
  private static final class FailingGraph extends GraphBase {
    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
      throw new IllegalStateException("unreadable graph");
    }
  }
}
