package org.newskg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.HashSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.rdf.DocumentGraph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.store.ActorSummaries;
import org.newskg.store.Tdb2Statistics;

/**
 * Builds benchmark stores of a given number of events from a seed store made by
 * {@code newskg ingest}: enough {@link DocumentCopies} of its documents, bulk-loaded with Jena's
 * TDB2 parallel loader into an empty store, then the summaries a write keeps and TDB2 statistics
 * for the optimizer. A store
 * already built for the same size is reused; {@code bench.properties} in it says what it holds.
 */
final class BenchmarkStores {
  private static final String MARKER = "bench.properties";
  private final Map<String, Graph> seedDocuments = new LinkedHashMap<>();
  private final Graph ontology;
  private final int seedEvents;

  BenchmarkStores(Path seedStore) {
    DatasetGraph seed = DatabaseMgr.connectDatasetGraph(seedStore.toString());
    Set<Node> events = new HashSet<>();
    Graph ontologyGraph = GraphFactory.createDefaultGraph();
    Txn.executeRead(seed, () -> seed.listGraphNodes().forEachRemaining(name -> {
      Graph copy = GraphFactory.createDefaultGraph();
      seed.getGraph(name).find().forEachRemaining(copy::add);
      if (name.getURI().equals(Iris.ONTOLOGY_GRAPH)) {
        copy.find().forEachRemaining(ontologyGraph::add);
      } else {
        seedDocuments.put(name.getURI(), copy);
        copy.find(Node.ANY, RDF.type.asNode(), NKG.Event.asNode()).mapWith(Triple::getSubject).forEachRemaining(events::add);
      }
    }));
    TDBInternal.expel(seed);
    this.ontology = ontologyGraph;
    this.seedEvents = events.size();
  }

  /** Copy {@code k} of every seed document, as the graphs an ingest would store. */
  List<DocumentGraph> copy(int k) {
    DatasetGraph copies = DatasetGraphFactory.createGeneral();
    new DocumentCopies(seedDocuments).writeCopy(k, StreamRDFLib.dataset(copies));
    List<DocumentGraph> graphs = new ArrayList<>();
    copies.listGraphNodes().forEachRemaining(g -> graphs.add(new DocumentGraph(g.getURI(), g, "bench", copies.getGraph(g))));
    return graphs;
  }

  int seedDocuments() {
    return seedDocuments.size();
  }

  int seedEvents() {
    return seedEvents;
  }

  /** The store of at least {@code events} events under {@code work}, built unless it already is. */
  Built store(Path work, int events) throws IOException {
    int copies = (events + seedEvents - 1) / seedEvents;
    Path folder = work.resolve("store-" + events);
    Path marker = folder.resolve(MARKER);
    if (Files.exists(marker)) {
      return Built.read(folder, marker);
    }
    long start = System.nanoTime();
    long quads = load(folder, copies);
    Built built = new Built(folder, copies, (long) copies * seedEvents, (long) copies * seedDocuments.size(), quads,
        (System.nanoTime() - start) / 1_000_000_000L);
    built.write(marker);
    return built;
  }

  private long load(Path folder, int copies) {
    DatasetGraph store = DatabaseMgr.connectDatasetGraph(folder.toString());
    DataLoader loader = LoaderFactory.parallelLoader(store, (format, args) -> System.out.printf(format + "%n", args));
    DocumentCopies documents = new DocumentCopies(seedDocuments);
    loader.startBulk();
    try {
      StreamRDF out = loader.stream();
      Node ontologyGraph = NodeFactory.createURI(Iris.ONTOLOGY_GRAPH);
      ontology.find().forEachRemaining(t -> out.quad(Quad.create(ontologyGraph, t)));
      for (int k = 0; k < copies; k++) {
        documents.writeCopy(k, out);
      }
      loader.finishBulk();
    } catch (RuntimeException e) {
      loader.finishException(e);
      throw e;
    }
    long quads = loader.countQuads();
    ActorSummaries.rebuild(store);
    Tdb2Statistics.write(store);
    TDBInternal.expel(store);
    return quads;
  }

  /** What a built store holds and how long it took to build. */
  record Built(Path folder, int copies, long events, long documents, long quads, long buildSeconds) {
    void write(Path marker) throws IOException {
      Properties p = new Properties();
      p.setProperty("copies", Integer.toString(copies));
      p.setProperty("events", Long.toString(events));
      p.setProperty("documents", Long.toString(documents));
      p.setProperty("quads", Long.toString(quads));
      p.setProperty("buildSeconds", Long.toString(buildSeconds));
      try (var out = Files.newOutputStream(marker)) {
        p.store(out, "newskg benchmark store");
      }
    }

    static Built read(Path folder, Path marker) throws IOException {
      Properties p = new Properties();
      try (var in = Files.newInputStream(marker)) {
        p.load(in);
      }
      return new Built(folder, Integer.parseInt(p.getProperty("copies")), Long.parseLong(p.getProperty("events")),
          Long.parseLong(p.getProperty("documents")), Long.parseLong(p.getProperty("quads")),
          Long.parseLong(p.getProperty("buildSeconds")));
    }
  }
}
