package org.newskg.store;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newskg.rdf.Iris;

/**
 * Bulk-loads N-Quads shards into a TDB2 store with Jena's TDB2 loaders. A document graph whose
 * fingerprint is already stored is skipped; one stored in another version is replaced whole.
 * The transactional loaders (basic, sequential) load everything in one write transaction: a bad
 * shard or a crash leaves the store as it was. The faster phased and parallel loaders are not
 * transactional, so they only load into a store that holds no documents yet.
 */
public final class ShardLoader {
  /** Jena's loaders; AUTO takes parallel for a store without documents, else basic. */
  public enum Loader {
    AUTO, BASIC, SEQUENTIAL, PHASED, PARALLEL;

    boolean transactional() {
      return this == BASIC || this == SEQUENTIAL;
    }

    public static Loader named(String name) {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
  }

  private static final MonitorOutput QUIET = (format, args) -> {};
  private final Tdb2EventStore store;

  public ShardLoader(Tdb2EventStore store) {
    this.store = store;
  }

  /**
   * Loads the shards with {@code loader}; a syntax error in a shard throws
   * {@link ShardReader.ShardException} after the load is abandoned.
   */
  public LoadReport load(List<Path> shards, Loader loader) {
    boolean empty = !hasDocuments();
    Loader chosen = loader == Loader.AUTO ? (empty ? Loader.PARALLEL : Loader.BASIC) : loader;
    if (!chosen.transactional() && !empty) {
      throw new IllegalArgumentException("the " + chosen.name().toLowerCase(Locale.ROOT)
          + " loader is not transactional: it only loads into a store without documents (use basic)");
    }
    DatasetGraph dataset = store.dataset();
    DataLoader bulk = create(chosen, dataset);
    LoadPlan plan = new LoadPlan(empty ? graph -> null : graph -> storedFingerprint(dataset, graph));
    bulk.startBulk();
    try {
      StreamRDF out = bulk.stream();
      ShardReader.read(shards, graph -> write(graph, plan.decide(graph), dataset, out));
      bulk.finishBulk();
    } catch (RuntimeException e) {
      bulk.finishException(e);
      throw e;
    }
    // The loaders write quads, not documents: the counts a write keeps are made once, after.
    ActorSummaries.rebuild(dataset);
    return plan.report();
  }

  private static void write(ShardGraph graph, LoadPlan.Action action, DatasetGraph dataset, StreamRDF out) {
    if (action == LoadPlan.Action.SKIP) {
      return;
    }
    if (action == LoadPlan.Action.REPLACE) {
      // Same transaction as the load (transactional loaders only get here): all or nothing.
      dataset.removeGraph(graph.name());
    }
    graph.quads().forEach(out::quad);
  }

  /** The fingerprint stored for a graph; read inside the loader's own transaction. */
  private static String storedFingerprint(DatasetGraph dataset, Node graph) {
    Iterator<Quad> found = dataset.find(graph, Node.ANY, ShardGraph.FINGERPRINT, Node.ANY);
    return found.hasNext() ? found.next().getObject().getLiteralLexicalForm() : null;
  }

  private boolean hasDocuments() {
    DatasetGraph dataset = store.dataset();
    return Txn.calculateRead(dataset, () -> {
      Iterator<Node> graphs = dataset.listGraphNodes();
      while (graphs.hasNext()) {
        String graph = graphs.next().getURI();
        if (!graph.equals(Iris.ONTOLOGY_GRAPH) && !graph.equals(Iris.SUMMARY_GRAPH)) {
          return true;
        }
      }
      return false;
    });
  }

  private static DataLoader create(Loader loader, DatasetGraph dataset) {
    return switch (loader) {
      case BASIC, AUTO -> LoaderFactory.basicLoader(dataset, QUIET);
      case SEQUENTIAL -> LoaderFactory.sequentialLoader(dataset, QUIET);
      case PHASED -> LoaderFactory.phasedLoader(dataset, QUIET);
      case PARALLEL -> LoaderFactory.parallelLoader(dataset, QUIET);
    };
  }
}
