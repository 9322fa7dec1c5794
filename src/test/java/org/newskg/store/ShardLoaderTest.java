package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.DocumentGraph;
import org.newskg.rdf.NQuadLines;
import org.newskg.rdf.Samples;

/** Shards written as newskg spark writes them, loaded with Jena's TDB2 loaders into stores in temp folders. */
class ShardLoaderTest {
  private static final String OTHER_TEXT = "Rebels attacked Strelsau on 2 April 2021.";
  private final DocumentGraph one = graph("one", Samples.TEXT);
  private final DocumentGraph two = graph("two", Samples.TEXT);

  @TempDir Path dir;

  private static DocumentGraph graph(String id, String text) {
    return Samples.builder().build(Samples.document(id, text), Samples.mentions(id));
  }

  private Path shard(String name, DocumentGraph... graphs) throws IOException {
    Path file = dir.resolve("shards").resolve(name);
    Files.createDirectories(file.getParent());
    StringBuilder text = new StringBuilder();
    for (DocumentGraph graph : graphs) {
      NQuadLines.of(graph).forEach(line -> text.append(line).append('\n'));
    }
    try (OutputStream out = name.endsWith(".gz") ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  private static Set<Quad> quads(Tdb2EventStore store) {
    return Txn.calculateRead(store.dataset(),
        () -> store.dataset().stream(Node.ANY, Node.ANY, Node.ANY, Node.ANY).collect(Collectors.toSet()));
  }

  private LoadReport load(String store, ShardLoader.Loader loader) throws IOException {
    return new ShardLoader(Tdb2EventStore.open(dir.resolve(store))).load(ShardReader.shards(dir.resolve("shards")), loader);
  }

  @Test
  void loadedShardsHoldExactlyTheQuadsOfAStoreFilledGraphByGraph() throws IOException {
    shard("part-00000", one);
    shard("part-00001.gz", two);
    Files.writeString(dir.resolve("shards/_SUCCESS"), "");

    LoadReport report = load("loaded", ShardLoader.Loader.AUTO);

    Tdb2EventStore direct = Tdb2EventStore.open(dir.resolve("direct"));
    direct.replace(List.of(one, two));
    assertEquals(quads(direct), quads(Tdb2EventStore.open(dir.resolve("loaded"))));
    assertEquals(2, report.loaded());
    assertEquals(one.graph().size() + two.graph().size(), report.quads());
    assertTrue(report.clean());
  }

  @Test
  void documentsWhoseFingerprintIsStoredAreSkippedAndChangedOnesReplaced() throws IOException {
    shard("part-00000", one, two);
    load("store", ShardLoader.Loader.PARALLEL);
    DocumentGraph changed = graph("two", OTHER_TEXT);
    Files.delete(dir.resolve("shards/part-00000"));
    shard("part-00000", one, changed);

    LoadReport report = load("store", ShardLoader.Loader.AUTO);

    assertEquals(1, report.unchanged());
    assertEquals(1, report.replaced());
    Tdb2EventStore expected = Tdb2EventStore.open(dir.resolve("expected"));
    expected.replace(List.of(one, changed));
    assertEquals(quads(expected), quads(Tdb2EventStore.open(dir.resolve("store"))), "the old version of two is gone");
  }

  @Test
  void aGraphFoundAgainInALaterShardIsLeftOutAndNamed() throws IOException {
    shard("part-00000", one);
    shard("part-00001", graph("one", OTHER_TEXT));

    LoadReport report = load("store", ShardLoader.Loader.BASIC);

    assertEquals(1, report.loaded());
    assertEquals(1, report.problems().size());
    assertTrue(report.problems().get(0).contains("part-00001") && report.problems().get(0).contains("part-00000"),
        report.problems().toString());
  }

  @Test
  void aBrokenShardNamesFileAndLineAndLeavesTheStoreAsItWas() throws IOException {
    shard("part-00000", one);
    load("store", ShardLoader.Loader.AUTO);
    Set<Quad> before = quads(Tdb2EventStore.open(dir.resolve("store")));
    shard("part-00001", two);
    Files.writeString(dir.resolve("shards/part-00002"), "<urn:a> <urn:b> \"broken .\n");

    ShardReader.ShardException e = assertThrows(ShardReader.ShardException.class, () -> load("store", ShardLoader.Loader.AUTO));

    assertTrue(e.getMessage().contains("part-00002") && e.getMessage().contains("[line: "), e.getMessage());
    assertEquals(before, quads(Tdb2EventStore.open(dir.resolve("store"))), "two was not loaded either");
  }

  @Test
  void aNonTransactionalLoaderRefusesAStoreThatHoldsDocuments() throws IOException {
    shard("part-00000", one);
    load("store", ShardLoader.Loader.AUTO);

    assertThrows(IllegalArgumentException.class, () -> load("store", ShardLoader.Loader.PARALLEL));
  }
}
