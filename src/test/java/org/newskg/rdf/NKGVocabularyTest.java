package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.newskg.Home;

/** The vocabulary class and ontology/newskg.ttl define the same nkg: terms, each documented. */
class NKGVocabularyTest {
  private final Graph ontology = RDFDataMgr.loadGraph(Home.path("ontology/newskg.ttl").toString());

  @Test
  void everyJavaTermIsInTheOntology() {
    Set<String> missing = new TreeSet<>(javaTerms());
    missing.removeAll(ontologyTerms());
    assertEquals(Set.of(), missing, "in NKG.java but not in ontology/newskg.ttl");
  }

  @Test
  void everyOntologyTermIsInJava() {
    Set<String> missing = new TreeSet<>(ontologyTerms());
    missing.removeAll(javaTerms());
    assertEquals(Set.of(), missing, "in ontology/newskg.ttl but not in NKG.java");
  }

  @Test
  void everyTermHasAnEnglishLabelAndDefinition() {
    for (String term : ontologyTerms()) {
      Node node = org.apache.jena.graph.NodeFactory.createURI(term);
      assertTrue(hasEnglish(node, RDFS.label.asNode()), term + " has no rdfs:label@en");
      assertTrue(hasEnglish(node, SKOS.definition.asNode()) || hasEnglish(node, RDFS.comment.asNode()),
          term + " has no definition@en");
    }
  }

  @Test
  void fieldNamesAreTheLocalNames() {
    for (Field field : termFields()) {
      assertEquals(NKG.NS + field.getName(), termOf(field), field.getName());
    }
  }

  private boolean hasEnglish(Node subject, Node predicate) {
    return ontology.find(subject, predicate, Node.ANY)
        .filterKeep(t -> t.getObject().isLiteral() && "en".equals(t.getObject().getLiteralLanguage()))
        .hasNext();
  }

  private Set<String> ontologyTerms() {
    return ontology.find().toList().stream()
        .map(t -> t.getSubject())
        .filter(s -> s.isURI() && s.getURI().startsWith(NKG.NS))
        .map(Node::getURI)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private Set<String> javaTerms() {
    return termFields().stream().map(NKGVocabularyTest::termOf).collect(Collectors.toCollection(TreeSet::new));
  }

  private static java.util.List<Field> termFields() {
    return Arrays.stream(NKG.class.getFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
        .toList();
  }

  private static String termOf(Field field) {
    try {
      return ((Resource) field.get(null)).getURI();
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
