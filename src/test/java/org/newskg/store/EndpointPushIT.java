package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.DocumentGraph;
import org.newskg.rdf.NQuadLines;
import org.newskg.rdf.Samples;

/** newskg load --endpoint: shards pushed with the Graph Store Protocol to a real Fuseki on loopback, port 0. */
class EndpointPushIT {
  @TempDir Path dir;

  private static DocumentGraph graph(String id, String text) {
    return Samples.builder().build(Samples.document(id, text), Samples.mentions(id));
  }

  private Path shard(DocumentGraph... graphs) throws IOException {
    Path file = dir.resolve("part-00000");
    StringBuilder text = new StringBuilder();
    for (DocumentGraph graph : graphs) {
      NQuadLines.of(graph).forEach(line -> text.append(line).append('\n'));
    }
    Files.writeString(file, text);
    return file;
  }

  @Test
  void graphsArePutOnceAndReplacedWhenTheirFingerprintChanges() throws IOException {
    DatasetGraph remote = DatasetGraphFactory.createTxnMem();
    FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/ds", remote).build().start();
    try {
      String url = "http://127.0.0.1:" + server.getHttpPort() + "/ds";
      DocumentGraph one = graph("one", Samples.TEXT);
      DocumentGraph two = graph("two", Samples.TEXT);
      LoadReport first = new EndpointPush(url).push(List.of(shard(one, two)));
      DocumentGraph changed = graph("two", "Rebels attacked Strelsau on 2 April 2021.");
      LoadReport second = new EndpointPush(url).push(List.of(shard(one, changed)));

      assertEquals(2, first.loaded());
      assertEquals(1, second.unchanged());
      assertEquals(1, second.replaced());
      assertEquals(quadsOf(one, changed), remote.stream().collect(Collectors.toSet()));
    } finally {
      server.stop();
    }
  }

  private static Set<Quad> quadsOf(DocumentGraph... graphs) {
    DatasetGraph expected = DatasetGraphFactory.createTxnMem();
    for (DocumentGraph graph : graphs) {
      graph.graph().find().forEachRemaining(t -> expected.add(graph.graphName(), t.getSubject(), t.getPredicate(), t.getObject()));
    }
    return expected.stream(Node.ANY, Node.ANY, Node.ANY, Node.ANY).collect(Collectors.toSet());
  }
}
