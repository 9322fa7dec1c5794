package org.newskg.store;

import java.nio.file.Path;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Writes TDB2's statistics file ({@code stats.opt}: how often each predicate occurs) into the
 * store's current data folder, where TDB2 reads it when the store is next opened and orders the
 * patterns of every basic graph pattern by it. Counted over all named graphs, which is what the
 * union default graph of our queries reads ({@code tdb2.tdbstats} counts only the stored default
 * graph, which is empty here).
 */
public final class Tdb2Statistics {
  /** TDB2's name for the file. */
  public static final String FILE = "stats.opt";

  private Tdb2Statistics() {}

  /** Counts the store's quads and writes the file; returns where it was written. */
  public static Path write(DatasetGraph dataset) {
    DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
    Path file = Path.of(tdb.getLocation().getPath(FILE));
    Txn.executeRead(tdb, () -> {
      StatsCollectorNodeId collector =
          new StatsCollectorNodeId(tdb.getQuadTable().getNodeTupleTable().getNodeTable());
      tdb.getQuadTable().getNodeTupleTable().findAll().forEachRemaining(quad -> record(collector, quad));
      Stats.write(file.toString(), collector.results());
    });
    return file;
  }

  private static void record(StatsCollectorNodeId collector, Tuple<NodeId> quad) {
    collector.record(quad.get(0), quad.get(1), quad.get(2), quad.get(3));
  }
}
