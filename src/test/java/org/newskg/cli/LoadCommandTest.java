package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.NQuadLines;
import org.newskg.rdf.Samples;

/** newskg load and the pointer to newskg spark, through the command line: no models, no sockets. */
class LoadCommandTest {
  @TempDir Path dir;

  private Path shards() throws IOException {
    Path shards = Files.createDirectories(dir.resolve("out/quads"));
    var graph = Samples.builder().build(Samples.document(), Samples.mentions());
    Files.write(shards.resolve("part-00000"), NQuadLines.of(graph));
    return shards;
  }

  @Test
  void loadsShardsAndThenFindsThemUnchanged() throws IOException {
    Path shards = shards();
    String store = dir.resolve("store").toString();

    CliRun first = CliRun.of("load", shards.toString(), "--store", store);
    CliRun second = CliRun.of("load", shards.toString(), "--store", store);

    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().startsWith("loaded 1 document graph(s)"), first.out());
    assertTrue(second.out().contains("; 1 unchanged;"), second.out());
  }

  @Test
  void aMissingFolderOrAnUnknownLoaderIsAUsageError() throws IOException {
    CliRun missing = CliRun.of("load", dir.resolve("nowhere").toString(), "--store", dir.resolve("s").toString());
    CliRun unknown = CliRun.of("load", shards().toString(), "--loader", "turbo", "--store", dir.resolve("s").toString());

    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no shards at"), missing.err());
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("unknown --loader 'turbo'"), unknown.err());
  }

  @Test
  void aBrokenShardIsNamedAndNothingIsLoaded() throws IOException {
    Path shards = shards();
    Files.writeString(shards.resolve("part-00001"), "<urn:a> <urn:b> .\n");

    CliRun run = CliRun.of("load", shards.toString(), "--store", dir.resolve("store").toString());

    assertEquals(1, run.code());
    assertTrue(run.err().contains("part-00001") && run.err().contains("nothing was loaded"), run.err());
  }

  @Test
  void sparkInTheAnalystsJarPointsToTheSparkModule() {
    CliRun run = CliRun.of("spark", "corpus", "--out", dir.toString());

    assertEquals(2, run.code());
    assertTrue(run.err().contains("./newskg spark"), run.err());
  }
}
