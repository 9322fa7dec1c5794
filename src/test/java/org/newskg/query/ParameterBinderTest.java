package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Text values become typed terms; missing, unknown and badly typed values are refused clearly. */
class ParameterBinderTest {
  private static final CannedQuery QUERY = new CannedQuery("q", "t", "?",
      List.of(
          new QueryParameter("who", ParameterType.IRI, true, "who"),
          new QueryParameter("since", ParameterType.DATE, false, "since"),
          new QueryParameter("n", ParameterType.INTEGER, false, "n"),
          new QueryParameter("km", ParameterType.DECIMAL, false, "km"),
          new QueryParameter("word", ParameterType.STRING, false, "word")),
      List.of("x"), "e", "SELECT ?x {}");

  @Test
  void typesEveryValueAsDeclared() {
    Map<String, Node> bound = ParameterBinder.bind(QUERY, Map.of(
        "who", "http://example.org/a", "since", "2024-02-29", "n", "7", "km", "2.5", "word", "x\"y"));
    assertEquals(NodeFactory.createURI("http://example.org/a"), bound.get("who"));
    assertEquals(NodeFactory.createLiteralDT("2024-02-29", XSDDatatype.XSDdate), bound.get("since"));
    assertEquals(NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger), bound.get("n"));
    assertEquals(NodeFactory.createLiteralDT("2.5", XSDDatatype.XSDdecimal), bound.get("km"));
    assertEquals(NodeFactory.createLiteralString("x\"y"), bound.get("word"));
  }

  @Test
  void leavesOptionalParametersUnbound() {
    assertEquals(Map.of("who", NodeFactory.createURI("http://example.org/a")),
        ParameterBinder.bind(QUERY, Map.of("who", "http://example.org/a")));
  }

  @Test
  void refusesAMissingRequiredParameter() {
    QueryParameterException e = assertThrows(QueryParameterException.class, () -> ParameterBinder.bind(QUERY, Map.of()));
    assertTrue(e.getMessage().contains("requires parameter 'who'"), e.getMessage());
  }

  @Test
  void refusesAnUnknownParameter() {
    QueryParameterException e = assertThrows(QueryParameterException.class,
        () -> ParameterBinder.bind(QUERY, Map.of("who", "http://example.org/a", "whom", "x")));
    assertTrue(e.getMessage().contains("no parameter 'whom'"), e.getMessage());
  }

  @Test
  void refusesBadlyTypedValues() {
    for (Map.Entry<String, String> bad : Map.of("since", "2023-02-30", "n", "7.5", "km", "far").entrySet()) {
      QueryParameterException e = assertThrows(QueryParameterException.class,
          () -> ParameterBinder.bind(QUERY, Map.of("who", "http://example.org/a", bad.getKey(), bad.getValue())));
      assertTrue(e.getMessage().contains("'" + bad.getKey() + "' must be"), e.getMessage());
    }
    assertThrows(QueryParameterException.class, () -> ParameterBinder.bind(QUERY, Map.of("who", "not an iri")));
  }
}
