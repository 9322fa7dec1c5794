package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Samples;
import org.newskg.store.Tdb2EventStore;

class ExporterTest {
  private static final List<String> CONTRACT_FIELDS = List.of("event", "mention", "doc", "action", "trigger",
      "begin", "end", "evidence", "actors", "targets", "places", "date", "date_precision", "source", "modality",
      "confidence", "publisher", "published");
  private static Tdb2EventStore store;
  private static Exporter exporter;

  @BeforeAll
  static void storeOneDocument() {
    store = Tdb2EventStore.inMemory();
    store.replace(List.of(Samples.builder().build(Samples.document(), Samples.mentions())));
    exporter = Exporter.of(store.dataset());
  }

  @Test
  void eventsLinesFollowTheContract() {
    List<String> lines = export("events").lines().toList();
    assertEquals(2, lines.size());
    for (String line : lines) {
      JsonObject event = JSON.parse(line);
      assertEquals(CONTRACT_FIELDS, List.copyOf(event.keys()), "fields and their order");
      int begin = event.get("begin").getAsNumber().value().intValue();
      int end = event.get("end").getAsNumber().value().intValue();
      assertEquals(Samples.TEXT.substring(begin, end), event.getString("evidence"));
    }
  }

  @Test
  void eventsLineCarriesRolesSourceAndCoordinates() {
    JsonObject withdrawal = JSON.parse(export("events").lines().findFirst().orElseThrow());
    assertEquals("withdraw", withdrawal.getString("action"));
    assertEquals("doc_one", withdrawal.getString("doc"));
    JsonObject place = withdrawal.get("places").getAsArray().get(0).getAsObject();
    assertEquals("Zenda", place.getString("label"));
    assertEquals(48.5, place.get("lat").getAsNumber().value().doubleValue());
    assertEquals("the ministry", withdrawal.getObj("source").getString("mention"));
    assertEquals("Ruritania", withdrawal.get("actors").getAsArray().get(0).getAsObject().getString("label"));
    assertEquals("month", withdrawal.getString("date_precision"));
    assertEquals("2021-04-05", withdrawal.getString("published"));
    assertTrue(JSON.parse(export("events").lines().skip(1).findFirst().orElseThrow()).get("source").isNull());
  }

  @Test
  void csvQuotesEvidenceWithCommas() {
    List<String> lines = export("csv").lines().toList();
    assertEquals(3, lines.size());
    assertTrue(lines.get(0).startsWith("event,mention,doc,action"));
    assertTrue(lines.get(1).contains(",\"In March 2021 the Ruritanian army withdrew about 4,000 soldiers"), lines.get(1));
  }

  @Test
  void quadFormatsRoundTrip() {
    long stored = store.quadCount();
    for (String format : List.of("trig", "nquads", "jsonld")) {
      DatasetGraph back = DatasetGraphFactory.createTxnMem();
      Lang lang = switch (format) {
        case "trig" -> Lang.TRIG;
        case "nquads" -> Lang.NQUADS;
        default -> Lang.JSONLD;
      };
      RDFParser.fromString(export(format), lang).parse(back);
      assertEquals(stored, back.stream().count(), format);
    }
  }

  @Test
  void turtleIsTheUnionGraph() {
    var graph = GraphFactory.createDefaultGraph();
    RDFParser.fromString(export("turtle"), Lang.TURTLE).parse(graph);
    long union = Txn.calculateRead(store.dataset(), () -> (long) store.dataset().getUnionGraph().size());
    assertEquals(union, graph.size());
  }

  @Test
  void graphMlHasEveryNodeAndEdgeOfTheView() throws Exception {
    var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(export("graphml").getBytes(StandardCharsets.UTF_8)));
    // 2 events, 3 actors (one a source), 2 places, 1 document; 4 + 3 edges
    assertEquals(8, xml.getElementsByTagName("node").getLength());
    assertEquals(7, xml.getElementsByTagName("edge").getLength());
  }

  @Test
  void neo4jFilesHaveImportHeaders(@TempDir Path dir) throws Exception {
    exporter.writeNeo4j(dir);
    List<String> nodes = Files.readAllLines(dir.resolve("nodes.csv"));
    List<String> relationships = Files.readAllLines(dir.resolve("relationships.csv"));
    assertEquals("iri:ID,label,kind,:LABEL", nodes.get(0));
    assertEquals(":START_ID,:END_ID,:TYPE", relationships.get(0));
    assertEquals(9, nodes.size());
    assertEquals(8, relationships.size());
    assertTrue(relationships.stream().anyMatch(l -> l.endsWith(",MENTIONED_IN")));
  }

  @Test
  void geoJsonHasOnePointPerLocatedEvent() {
    JsonObject collection = JSON.parse(export("geojson"));
    JsonArray features = collection.get("features").getAsArray();
    assertEquals(1, features.size());
    JsonObject feature = features.get(0).getAsObject();
    JsonArray coordinates = feature.getObj("geometry").get("coordinates").getAsArray();
    assertEquals(21.25, coordinates.get(0).getAsNumber().value().doubleValue());
    assertEquals("withdraw", feature.getObj("properties").getString("action"));
    assertEquals("2021-03-01", feature.getObj("properties").getString("date"));
  }

  private static String export(String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(format, out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
