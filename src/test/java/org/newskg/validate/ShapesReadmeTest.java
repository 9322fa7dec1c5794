package org.newskg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newskg.Home;
import org.newskg.rdf.Ontology;
import org.newskg.rdf.ReadmeTable;

/** shapes/README.md's id table lists exactly the shapes of shapes/*.ttl. */
class ShapesReadmeTest {
  private static final String SHAPES_NS = "http://newskg.org/shapes#";

  @Test
  void theIdTableListsEveryShapeAndNoOther() {
    assertEquals(shapeIds(), ReadmeTable.firstColumn(Home.path("shapes/README.md"), "## Shapes"));
  }

  private static Set<String> shapeIds() {
    Graph shapes = GraphFactory.createDefaultGraph();
    Ontology.turtleFiles(Home.path("shapes")).forEach(f -> RDFDataMgr.read(shapes, f.toString()));
    Set<String> ids = new TreeSet<>();
    for (Node type : new Node[] {SHACL.NodeShape, SHACL.PropertyShape}) {
      shapes.find(Node.ANY, RDF.type.asNode(), type)
          .forEach(t -> ids.add(t.getSubject().getURI().replace(SHAPES_NS, "nkgsh:")));
    }
    return ids;
  }
}
