package org.newskg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/** Adds triples to a graph with the literal forms of the data model (xsd:integer offsets ...). */
final class TripleSink {
  private final Graph graph;

  TripleSink(Graph graph) {
    this.graph = graph;
  }

  static Node iri(String iri) {
    return NodeFactory.createURI(iri);
  }

  static Node integer(long value) {
    return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
  }

  /** Three decimals are plenty for confidences and coordinates need no more than GeoNames gives. */
  static Node decimal(double value, int scale) {
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
    return NodeFactory.createLiteralDT(rounded.toPlainString(), XSDDatatype.XSDdecimal);
  }

  static Node date(LocalDate date) {
    return NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
  }

  static Node bool(boolean value) {
    return NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean);
  }

  static Node text(String value) {
    return NodeFactory.createLiteralString(value);
  }

  static Node english(String value) {
    return NodeFactory.createLiteralLang(value, "en");
  }

  void add(Node subject, Resource predicate, Node object) {
    graph.add(Triple.create(subject, predicate.asNode(), object));
  }

  void add(Node subject, Resource predicate, Resource object) {
    add(subject, predicate, object.asNode());
  }

  /** Adds the triple only when there is a value: optional metadata stays absent, not empty. */
  void addIfPresent(Node subject, Resource predicate, String value) {
    if (value != null && !value.isBlank()) {
      add(subject, predicate, text(value));
    }
  }

  void types(Node subject, Resource... types) {
    for (Resource type : types) {
      add(subject, RDF.type, type);
    }
  }
}
