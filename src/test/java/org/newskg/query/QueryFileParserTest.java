package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The header format of query files, and that a header must agree with its query. */
class QueryFileParserTest {
  private static final String GOOD = """
      # title: Things by kind
      # question: Which things are of a kind,
      #   listed by name?
      # param: kind iri required The kind's IRI
      # param: after date optional Only things made after this date
      # columns: thing name
      # example: newskg query things --param kind=http://example.org/k
      SELECT ?thing ?name WHERE { ?thing a ?kind ; <http://example.org/name> ?name ;
        <http://example.org/made> ?made FILTER(!BOUND(?after) || ?made > ?after) }
      """;

  @Test
  void readsEveryHeaderField() {
    CannedQuery query = QueryFileParser.parse("things", GOOD);
    assertEquals("Things by kind", query.title());
    assertEquals("Which things are of a kind, listed by name?", query.question());
    assertEquals(List.of("thing", "name"), query.columns());
    assertEquals("newskg query things --param kind=http://example.org/k", query.example());
    assertEquals(
        new QueryParameter("kind", ParameterType.IRI, true, "The kind's IRI"), query.parameters().get(0));
    assertFalse(query.parameter("after").orElseThrow().required());
  }

  @Test
  void rejectsColumnsThatAreNotTheSelectedVariables() {
    String text = GOOD.replace("# columns: thing name", "# columns: thing label");
    CannedQueryException e = assertThrows(CannedQueryException.class, () -> QueryFileParser.parse("things", text));
    assertTrue(e.getMessage().contains("differ from the selected variables"), e.getMessage());
  }

  @Test
  void rejectsAParameterTheQueryDoesNotUse() {
    String text = GOOD.replace("# param: kind", "# param: colour string optional Colour\n# param: kind");
    assertThrows(CannedQueryException.class, () -> QueryFileParser.parse("things", text));
  }

  @Test
  void rejectsUnknownTypesKeysAndMissingFields() {
    assertThrows(CannedQueryException.class,
        () -> QueryFileParser.parse("t", GOOD.replace("kind iri required", "kind url required")));
    assertThrows(CannedQueryException.class,
        () -> QueryFileParser.parse("t", GOOD.replace("# title:", "# titel:")));
    assertThrows(CannedQueryException.class,
        () -> QueryFileParser.parse("t", GOOD.replace("# example: newskg query things --param kind=http://example.org/k\n", "")));
  }

  @Test
  void rejectsBrokenSparql() {
    assertThrows(CannedQueryException.class,
        () -> QueryFileParser.parse("t", GOOD.replace("SELECT", "SELEKT")));
  }
}
