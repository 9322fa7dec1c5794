package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Settings;
import org.newskg.ingest.Rejection;
import org.newskg.store.Tdb2EventStore;
import org.newskg.validate.Violation;

/** The whole chain on real CoreNLP and a real TDB2 store, with texts written for the test. */
class IngestPipelineIT {
  private static Stages stages;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    stages = StandardStages.create(Settings.load(Map.of()));
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve("in").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Path corpus() throws IOException {
    write("alpha.txt", "Rebel forces captured the town of Mosul on 10 June 2014. The army withdrew from the city.");
    write("alpha.meta.json", "{\"title\": \"Fall\", \"published\": \"2014-06-11\", \"publisher\": \"Wire\"}");
    write("beta.jsonl", "{\"id\": \"beta\", \"text\": \"Police arrested two protesters in Lagos on Monday.\", \"published\": \"2021-03-03\"}\n");
    return dir.resolve("in");
  }

  private IngestReport ingest(Tdb2EventStore store, List<Path> paths, boolean force) {
    return new CorpusIngest(stages, store, 100, 2).ingest(paths, force, ProgressListener.NONE);
  }

  @Test
  void reingestingTheSameContentChangesNothing() throws IOException {
    Path in = corpus();
    try (Tdb2EventStore store = Tdb2EventStore.open(dir.resolve("store"))) {
      IngestReport first = ingest(store, List.of(in), false);
      assertEquals(2, first.stored(), first.rejections().toString());
      assertTrue(first.mentions() > 0);
      long quads = store.quadCount();

      IngestReport second = ingest(store, List.of(in), false);
      assertEquals(0, second.stored());
      assertEquals(2, second.unchanged());
      assertEquals(quads, store.quadCount());

      ingest(store, List.of(in), true);
      assertEquals(quads, store.quadCount(), "re-reading gives the same graphs");
    }
  }

  @Test
  void badInputIsReportedAndGoodDocumentsAreStillStored() throws IOException {
    Path in = corpus();
    try (Tdb2EventStore store = Tdb2EventStore.open(dir.resolve("store"))) {
      ingest(store, List.of(in), false);
      long before = store.quadCount();
      write("empty.txt", "");
      Files.write(dir.resolve("in/binary.txt"), new byte[] {'a', 0, 'b'});
      Files.write(dir.resolve("in/latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
      write("gamma.txt", "Troops shelled the village of Marinka on 3 May 2015.");
      write("gamma.meta.json", "{\"published\": \"yesterday\"}");
      write("delta.jsonl", "{\"id\": \"delta\", \"text\": \"Protesters marched in Nairobi.\"}\n{broken\n");
      write("epsilon.txt", "Soldiers destroyed a bridge near Izium.");

      IngestReport report = ingest(store, List.of(in, dir.resolve("missing.txt")), false);

      List<String> problems = report.rejections().stream().map(Rejection::message).toList();
      assertEquals(6, problems.size(), problems.toString());
      assertTrue(problems.stream().anyMatch(p -> p.contains("empty.txt")));
      assertTrue(problems.stream().anyMatch(p -> p.contains("binary.txt")));
      assertTrue(problems.stream().anyMatch(p -> p.contains("latin1.txt") && p.contains("UTF-8")));
      assertTrue(problems.stream().anyMatch(p -> p.contains("gamma.meta.json") && p.contains("published")));
      assertTrue(problems.stream().anyMatch(p -> p.contains("delta.jsonl:line 2")));
      assertTrue(problems.stream().anyMatch(p -> p.contains("missing.txt")));
      assertEquals(2, report.stored(), "delta line 1 and epsilon are good");
      assertEquals(2, report.unchanged());
      assertTrue(store.quadCount() > before);
    }
  }

  @Test
  void aGraphThatDoesNotConformIsNotStoredAndStoredDataIsUntouched() throws IOException {
    Path in = corpus();
    try (Tdb2EventStore store = Tdb2EventStore.open(dir.resolve("store"))) {
      ingest(store, List.of(in), false);
      long before = store.quadCount();
      Stages strict = new Stages(stages.annotator(), stages.extractor(), stages.resolver(), stages.linker(),
          stages.builder(), graph -> List.of(new Violation("urn:x", "urn:p", "Violation", "always wrong")));

      IngestReport report = new CorpusIngest(strict, store, 100, 1).ingest(List.of(in), true, ProgressListener.NONE);

      assertEquals(0, report.stored());
      assertEquals(2, report.rejections().size());
      assertTrue(report.rejections().get(0).problem().contains("always wrong"));
      assertEquals(before, store.quadCount());
    }
  }
}
