package org.newskg.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.newskg.Home;
import org.newskg.rdf.DocumentGraph;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.Ontology;

/**
 * A TDB2 store of document graphs: one named graph per document, replaced whole, a batch per
 * write transaction, queries over the union of the named graphs. Opening it loads the ontology
 * into its own named graph when that graph is missing or differs from {@code ontology/}.
 */
public final class Tdb2EventStore implements EventStore {
  private static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
  private final DatasetGraph dataset;

  private Tdb2EventStore(DatasetGraph dataset, Graph ontology) {
    this.dataset = dataset;
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    if (ontology != null) {
      loadOntology(ontology);
    }
  }

  /**
   * Opens an existing store for reading (serve, query, export): the ontology graph is left as
   * the last ingest stored it, which saves parsing and comparing it on every start.
   */
  public static Tdb2EventStore openForReading(Path directory) {
    return new Tdb2EventStore(DatabaseMgr.connectDatasetGraph(directory.toString()), null);
  }

  /** Opens (or creates) the store in a directory, with the ontology of the project home. */
  public static Tdb2EventStore open(Path directory) {
    return open(directory, Ontology.all(Home.path("ontology")));
  }

  public static Tdb2EventStore open(Path directory, Graph ontology) {
    return new Tdb2EventStore(DatabaseMgr.connectDatasetGraph(directory.toString()), ontology);
  }

  /** A store in memory (same TDB2 engine and transactions), for eval and tests. */
  public static Tdb2EventStore inMemory() {
    return inMemory(Ontology.all(Home.path("ontology")));
  }

  public static Tdb2EventStore inMemory(Graph ontology) {
    return new Tdb2EventStore(DatabaseMgr.createDatasetGraph(), ontology);
  }

  @Override
  public String storedHash(String docId) {
    Node graphName = NodeFactory.createURI(Iris.graph(docId));
    Node doc = NodeFactory.createURI(Iris.document(docId));
    return Txn.calculateRead(dataset, () -> {
      Iterator<Quad> found = dataset.find(graphName, doc, NKG.contentHash.asNode(), Node.ANY);
      return found.hasNext() ? found.next().getObject().getLiteralLexicalForm() : null;
    });
  }

  /**
   * Replaces every graph of the batch and updates the summaries of the actors they name (before
   * and after), in one write transaction; on failure nothing changes.
   */
  @Override
  public void replace(Collection<DocumentGraph> graphs) {
    Txn.executeWrite(dataset, () -> {
      Set<Node> actors = new HashSet<>();
      graphs.forEach(graph -> actors.addAll(replaceOne(graph)));
      ActorSummaries.update(dataset, actors);
    });
  }

  /** Replaces one graph; returns the actors the old and the new graph name. */
  private Set<Node> replaceOne(DocumentGraph graph) {
    Set<Node> actors = new HashSet<>(ActorSummaries.namedIn(dataset.getGraph(graph.graphName())));
    actors.addAll(ActorSummaries.namedIn(graph.graph()));
    // addGraph merges into an existing graph; removing it first makes a re-ingest replace it.
    dataset.removeGraph(graph.graphName());
    dataset.addGraph(graph.graphName(), graph.graph());
    return actors;
  }

  /** The number of quads in all named graphs, the ontology included. */
  public long quadCount() {
    return Txn.calculateRead(dataset, () -> dataset.stream(Node.ANY, Node.ANY, Node.ANY, Node.ANY).count());
  }

  @Override
  public DatasetGraph dataset() {
    return dataset;
  }

  /** TDB2 keeps one connection per directory for the whole process and commits are durable, so there is nothing to release. */
  @Override
  public void close() {
    // Closing the TDB2 dataset would break a later open of the same directory in this process.
  }

  private void loadOntology(Graph ontology) {
    Txn.executeWrite(dataset, () -> {
      if (!sameTriples(dataset.getGraph(ONTOLOGY_GRAPH), ontology)) {
        dataset.removeGraph(ONTOLOGY_GRAPH);
        dataset.addGraph(ONTOLOGY_GRAPH, ontology);
      }
    });
  }

  /** Equal without blank-node matching: the ontology files use IRIs only. */
  private static boolean sameTriples(Graph stored, Graph wanted) {
    return stored.size() == wanted.size() && wanted.stream().allMatch(stored::contains);
  }
}
