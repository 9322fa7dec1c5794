package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors and listings: no store is written and no model is loaded. */
class CliTest {
  @TempDir Path dir;

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    CliRun run = CliRun.of("--help");
    assertEquals(0, run.code());
    for (String command : new String[] {"up", "ingest", "serve", "queries", "query", "validate", "export", "eval", "stats"}) {
      assertTrue(run.out().contains("  " + command + " ") || run.out().contains("  " + command + "\n"), command);
    }
    assertTrue(run.out().contains("internal failure"));
  }

  @Test
  void noSubcommandIsAUsageError() {
    assertEquals(2, CliRun.of().code());
    assertEquals(2, CliRun.of("frobnicate").code());
  }

  @Test
  void readingAStoreThatDoesNotExistIsAUsageErrorNamingIt() {
    Path missing = dir.resolve("nowhere");
    CliRun run = CliRun.of("stats", "--store", missing.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().contains("no newskg store at " + missing), run.err());
  }

  @Test
  void unknownExportFormatIsAUsageError() {
    CliRun run = CliRun.of("export", "--format", "xlsx", "--store", dir.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().contains("unknown --format 'xlsx'"), run.err());
  }

  @Test
  void queriesListsTheLibraryFromTheHeaders() {
    CliRun run = CliRun.of("queries");
    assertEquals(0, run.code());
    assertTrue(run.out().contains("event-timeline"));
    assertTrue(run.out().contains("parameters:"));
  }

  @Test
  void aCannedQueryMissingARequiredParameterIsAUsageError() {
    org.newskg.store.Tdb2EventStore.open(dir.resolve("s")).close();
    CliRun run = CliRun.of("query", "events-by-actor", "--store", dir.resolve("s").toString());
    assertEquals(2, run.code());
    assertTrue(run.err().contains("actor"), run.err());
  }

  @Test
  void queryNeedsExactlyOneOfNameSparqlOrFile() {
    org.newskg.store.Tdb2EventStore.open(dir.resolve("s")).close();
    CliRun run = CliRun.of("query", "--store", dir.resolve("s").toString());
    assertEquals(2, run.code());
    assertTrue(run.err().contains("exactly one of"), run.err());
  }

  @Test
  void evalNamesAMissingGoldFile() {
    CliRun run = CliRun.of("eval", "--gold", dir.resolve("gold.jsonl").toString(), "--texts", dir.toString());
    assertEquals(2, run.code());
    assertTrue(run.err().contains("gold.jsonl"), run.err());
  }
}
