package org.newskg.export;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedMultigraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/** Writes the graph view as GraphML (Gephi, yEd, Cytoscape, networkx) with JGraphT. */
final class GraphMlExport {
  private GraphMlExport() {}

  static void write(GraphView view, OutputStream out) {
    exporter(view).exportGraph(graph(view), out);
  }

  private static Graph<GraphView.Node, GraphView.Edge> graph(GraphView view) {
    Map<String, GraphView.Node> byIri = new HashMap<>();
    Graph<GraphView.Node, GraphView.Edge> graph = new DirectedMultigraph<>(GraphView.Edge.class);
    view.nodes().forEach(node -> {
      byIri.put(node.iri(), node);
      graph.addVertex(node);
    });
    view.edges().forEach(edge -> graph.addEdge(byIri.get(edge.source()), byIri.get(edge.target()), edge));
    return graph;
  }

  private static GraphMLExporter<GraphView.Node, GraphView.Edge> exporter(GraphView view) {
    Map<GraphView.Node, String> ids = new HashMap<>();
    view.nodes().forEach(node -> ids.put(node, "n" + ids.size()));
    GraphMLExporter<GraphView.Node, GraphView.Edge> exporter = new GraphMLExporter<>(ids::get);
    for (String key : new String[] {"label", "kind", "iri"}) {
      exporter.registerAttribute(key, AttributeCategory.NODE, AttributeType.STRING);
    }
    exporter.registerAttribute("type", AttributeCategory.EDGE, AttributeType.STRING);
    exporter.setVertexAttributeProvider(GraphMlExport::nodeAttributes);
    exporter.setEdgeAttributeProvider(edge -> Map.of("type", DefaultAttribute.createAttribute(edge.type())));
    return exporter;
  }

  private static Map<String, Attribute> nodeAttributes(GraphView.Node node) {
    return Map.of("label", DefaultAttribute.createAttribute(node.label()),
        "kind", DefaultAttribute.createAttribute(node.kind()),
        "iri", DefaultAttribute.createAttribute(node.iri()));
  }
}
