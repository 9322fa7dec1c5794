package org.newskg.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;

/** Writes the events that have a place with coordinates as a GeoJSON FeatureCollection of points. */
final class GeoJsonExport {
  private static final Query LOCATED = QueryFactory.create("""
      PREFIX nkg: <http://newskg.org/ontology#>
      PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
      PREFIX wgs: <http://www.w3.org/2003/01/geo/wgs84_pos#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      SELECT ?event ?action ?date ?place ?label ?lat ?lon WHERE { GRAPH ?g {
        ?event a nkg:Event ; nkg:action ?action ; sem:hasPlace ?place .
        ?place wgs:lat ?lat ; wgs:long ?lon .
        OPTIONAL { ?place rdfs:label ?label }
        OPTIONAL { ?event sem:hasEarliestBeginTimeStamp ?date }
      } } ORDER BY ?event ?place ?date""");

  private GeoJsonExport() {}

  /** The FeatureCollection; one feature per event and place. The caller holds a read transaction. */
  static String write(DatasetGraph dataset) {
    Map<String, String> features = new LinkedHashMap<>();
    try (QueryExec exec = QueryExec.dataset(dataset).query(LOCATED).build()) {
      exec.select().forEachRemaining(b -> features.putIfAbsent(
          b.get("event").getURI() + " " + b.get("place").getURI(), feature(b)));
    }
    return features.values().stream()
        .collect(Collectors.joining(",\n", "{\"type\": \"FeatureCollection\", \"features\": [\n", "\n]}\n"));
  }

  private static String feature(Binding b) {
    String point = "{\"type\": \"Point\", \"coordinates\": ["
        + number(b.get("lon")) + ", " + number(b.get("lat")) + "]}";
    String action = b.get("action").getURI();
    String properties = new JsonWriter().open()
        .string("event", b.get("event").getURI())
        .string("action", action.substring(action.lastIndexOf('/') + 1))
        .string("date", b.get("date") == null ? null : lexical(b.get("date")))
        .string("label", b.get("label") == null ? null : lexical(b.get("label")))
        .string("place", b.get("place").getURI())
        .close().toString();
    return new JsonWriter().open().string("type", "Feature").raw("geometry", point)
        .raw("properties", properties).close().toString();
  }

  private static String number(Node node) {
    return new java.math.BigDecimal(node.getLiteralLexicalForm()).toPlainString();
  }

  private static String lexical(Node node) {
    return node.getLiteralLexicalForm();
  }

}
