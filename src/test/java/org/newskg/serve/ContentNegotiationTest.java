package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.newskg.query.ResultFormat;

/** Accept headers pick the result format; JSON when the client does not care. */
class ContentNegotiationTest {
  @Test
  void defaultsToSparqlJson() {
    assertEquals(ResultFormat.JSON, ContentNegotiation.choose(null));
    assertEquals(ResultFormat.JSON, ContentNegotiation.choose("*/*"));
  }

  @Test
  void honoursTypesAndQualities() {
    assertEquals(ResultFormat.CSV, ContentNegotiation.choose("text/csv"));
    assertEquals(ResultFormat.TSV, ContentNegotiation.choose("text/tab-separated-values"));
    assertEquals(ResultFormat.XML,
        ContentNegotiation.choose("application/sparql-results+json;q=0.5, application/sparql-results+xml"));
  }

  @Test
  void answersNullWhenNothingOfferedIsAccepted() {
    assertNull(ContentNegotiation.choose("image/png"));
  }
}
