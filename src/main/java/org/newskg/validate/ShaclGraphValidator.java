package org.newskg.validate;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.Home;
import org.newskg.rdf.Ontology;

/**
 * Validates document graphs against the SHACL shapes of {@code shapes/}, parsed once. Each graph
 * is seen together with the ontology, so that action concepts and class hierarchy are visible.
 */
public final class ShaclGraphValidator implements GraphValidator {
  private final Shapes shapes;
  private final Graph ontology;

  public ShaclGraphValidator(Path shapesDir, Path ontologyDir) {
    this.shapes = Shapes.parse(readShapes(shapesDir));
    this.ontology = Ontology.vocabulary(ontologyDir);
  }

  /** The shapes and ontology of the project home. */
  public static ShaclGraphValidator fromHome() {
    return new ShaclGraphValidator(Home.path("shapes"), Home.path("ontology"));
  }

  @Override
  public List<Violation> validate(Graph graph) {
    return report(graph).getEntries().stream().map(ShaclGraphValidator::violation).toList();
  }

  /** The full SHACL report, for callers that want the source shape of each result. */
  public ValidationReport report(Graph graph) {
    return ShaclValidator.get().validate(shapes, new Union(graph, ontology));
  }

  private static Violation violation(ReportEntry entry) {
    String path = entry.resultPath() == null ? null : entry.resultPath().toString();
    return new Violation(show(entry.focusNode()), path, entry.severity().level().getLocalName(), entry.message());
  }

  private static String show(Node node) {
    return node.isURI() ? node.getURI() : node.toString();
  }

  private static Graph readShapes(Path dir) {
    Graph graph = GraphFactory.createDefaultGraph();
    for (Path file : Ontology.turtleFiles(dir)) {
      RDFDataMgr.read(graph, file.toString());
    }
    return graph;
  }
}
