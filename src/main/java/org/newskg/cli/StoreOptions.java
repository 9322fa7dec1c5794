package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.newskg.store.Tdb2EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --store DIR}: the TDB2 store a command reads or writes. */
public class StoreOptions {
  @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
  Path store = Path.of("data");

  /** Opens the store, creating it if needed (for commands that write). */
  Tdb2EventStore openOrCreate() {
    return Tdb2EventStore.open(store);
  }

  /** Opens a store that must already exist: reading an empty new one would only mislead. */
  Tdb2EventStore openExisting(CommandLine commandLine) {
    if (!isTdb2Store(store)) {
      throw new CommandLine.ParameterException(
          commandLine, "no newskg store at " + store + " (create one with: newskg ingest PATH --store " + store + ")");
    }
    return Tdb2EventStore.openForReading(store);
  }

  // A TDB2 database folder holds one or more Data-NNNN generations.
  private static boolean isTdb2Store(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> children = Files.list(folder)) {
      return children.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
    } catch (IOException e) {
      return false;
    }
  }
}
