package org.newskg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;

/**
 * Decides, graph by graph, what a load does with a graph read from the shards: load it, replace
 * the stored version, or leave it (fingerprint already stored, or the same graph already read
 * from an earlier shard); and keeps the tallies for the {@link LoadReport}.
 */
final class LoadPlan {
  enum Action { LOAD, REPLACE, SKIP }

  private final Function<Node, String> storedFingerprint;
  private final Map<Node, String> seenIn = new HashMap<>();
  private final List<String> problems = new ArrayList<>();
  private int loaded;
  private int replaced;
  private int unchanged;
  private long quads;

  /** {@code storedFingerprint}: the fingerprint stored for a graph name, or null. */
  LoadPlan(Function<Node, String> storedFingerprint) {
    this.storedFingerprint = storedFingerprint;
  }

  Action decide(ShardGraph graph) {
    String earlier = seenIn.putIfAbsent(graph.name(), graph.shard().toString());
    if (earlier != null) {
      problems.add(graph.shard() + ": graph <" + graph.name().getURI() + "> again (first read from " + earlier + "); left out");
      return Action.SKIP;
    }
    String fingerprint = graph.fingerprint();
    String stored = storedFingerprint.apply(graph.name());
    if (fingerprint != null && fingerprint.equals(stored)) {
      unchanged++;
      return Action.SKIP;
    }
    quads += graph.quads().size();
    if (stored != null) {
      replaced++;
      return Action.REPLACE;
    }
    loaded++;
    return Action.LOAD;
  }

  LoadReport report() {
    return new LoadReport(loaded, replaced, unchanged, quads, problems);
  }
}
