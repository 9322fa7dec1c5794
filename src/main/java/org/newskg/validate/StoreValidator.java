package org.newskg.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newskg.rdf.Iris;

/**
 * Re-checks everything stored: every document graph against the shapes (the ontology graph is
 * not a document and is left out), then the cross-node checks over the whole dataset.
 */
public final class StoreValidator {
  private final GraphValidator shapes;
  private final CheckRunner checks;

  public StoreValidator(GraphValidator shapes, CheckRunner checks) {
    this.shapes = shapes;
    this.checks = checks;
  }

  public static StoreValidator fromHome() {
    return new StoreValidator(ShaclGraphValidator.fromHome(), CheckRunner.fromHome());
  }

  public StoreReport validate(DatasetGraph dataset) {
    Map<String, List<Violation>> violations = new TreeMap<>();
    int graphs = Txn.calculateRead(dataset, () -> validateGraphs(dataset, violations));
    return new StoreReport(graphs, violations, checks.run(dataset));
  }

  private int validateGraphs(DatasetGraph dataset, Map<String, List<Violation>> violations) {
    List<Node> names = new ArrayList<>();
    dataset.listGraphNodes().forEachRemaining(names::add);
    names.removeIf(n -> n.getURI().equals(Iris.ONTOLOGY_GRAPH));
    for (Node name : names) {
      List<Violation> found = shapes.validate(dataset.getGraph(name));
      if (!found.isEmpty()) {
        violations.put(name.getURI(), found);
      }
    }
    return names.size();
  }
}
