package org.newskg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newskg.Home;
import org.newskg.rdf.Ontology;

/**
 * Each fixture names the shapes it exercises in {@code # shape: <iri>} header lines. Valid
 * fixtures conform; invalid ones make every named shape report. Every shape needs both.
 */
class ShapeFixturesTest {
  private static final Path FIXTURES = Path.of("src/test/resources/shapes");
  private static final ShaclGraphValidator VALIDATOR = ShaclGraphValidator.fromHome();
  private final Graph shapes = shapesGraph();

  @TestFactory
  Stream<DynamicTest> validFixturesConform() {
    return fixtures("valid").map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      ValidationReport report = VALIDATOR.report(RDFDataMgr.loadGraph(file.toString()));
      assertTrue(report.conforms(), () -> file + " should conform:\n" + VALIDATOR.validate(
          RDFDataMgr.loadGraph(file.toString())).stream().map(Violation::toString).collect(Collectors.joining("\n")));
    }));
  }

  @TestFactory
  Stream<DynamicTest> invalidFixturesTriggerTheirShapes() {
    return fixtures("invalid").map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      ValidationReport report = VALIDATOR.report(RDFDataMgr.loadGraph(file.toString()));
      Set<String> fired = report.getEntries().stream().map(e -> e.source().toString()).collect(Collectors.toSet());
      Set<String> silent = new TreeSet<>(headerShapes(file));
      silent.removeAll(fired);
      assertEquals(Set.of(), silent, file + ": these shapes reported nothing");
    }));
  }

  @Test
  void everyShapeHasAValidAndAnInvalidFixture() {
    assertEquals(Set.of(), withoutFixture("valid"), "shapes without a valid fixture");
    assertEquals(Set.of(), withoutFixture("invalid"), "shapes without an invalid fixture");
  }

  @Test
  void everyShapeHasAnIriAMessageAndASeverity() {
    for (Node shape : allShapes()) {
      assertTrue(shape.isURI(), "a shape without IRI: " + shape);
      assertTrue(has(shape, SHACL.severity), shape + " has no sh:severity");
      assertTrue(shapes.find(shape, SHACL.message, Node.ANY)
          .filterKeep(t -> "en".equals(t.getObject().getLiteralLanguage())).hasNext(), shape + " has no sh:message@en");
    }
  }

  @Test
  void headersNameRealShapes() {
    Set<String> known = allShapes().stream().map(Node::getURI).collect(Collectors.toSet());
    Stream.concat(fixtures("valid"), fixtures("invalid")).forEach(file -> headerShapes(file)
        .forEach(iri -> assertTrue(known.contains(iri), file + " names unknown shape " + iri)));
  }

  private Set<String> withoutFixture(String kind) {
    Set<String> missing = allShapes().stream().map(Node::getURI).collect(Collectors.toCollection(TreeSet::new));
    fixtures(kind).forEach(file -> missing.removeAll(headerShapes(file)));
    return missing;
  }

  private Set<Node> allShapes() {
    Set<Node> found = new java.util.HashSet<>();
    for (Node type : List.of(SHACL.NodeShape, SHACL.PropertyShape)) {
      shapes.find(Node.ANY, RDF.type.asNode(), type).forEach(t -> found.add(t.getSubject()));
    }
    shapes.find(Node.ANY, SHACL.property, Node.ANY).forEach(t -> found.add(t.getObject()));
    return found;
  }

  private boolean has(Node subject, Node predicate) {
    return shapes.find(subject, predicate, Node.ANY).hasNext();
  }

  private static List<String> headerShapes(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.filter(l -> l.startsWith("# shape: <"))
          .map(l -> l.substring("# shape: <".length(), l.indexOf('>')))
          .toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Stream<Path> fixtures(String kind) {
    return Ontology.turtleFiles(FIXTURES.resolve(kind)).stream();
  }

  private static Graph shapesGraph() {
    Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    Ontology.turtleFiles(Home.path("shapes")).forEach(f -> RDFDataMgr.read(graph, f.toString()));
    return graph;
  }

  static Node iri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
