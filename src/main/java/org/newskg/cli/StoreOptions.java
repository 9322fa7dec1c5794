package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.newskg.store.Tdb2EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --store DIR}: the TDB2 store a command reads or writes. */
public class StoreOptions {
  @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
  Path store = Path.of("data");

  /** Opens the store, creating it if needed (for commands that write). */
  Tdb2EventStore openOrCreate() {
    return unlessLocked(() -> Tdb2EventStore.open(store));
  }

  /** Opens a store that must already exist: reading an empty new one would only mislead. */
  Tdb2EventStore openExisting(CommandLine commandLine) {
    if (!isTdb2Store(store)) {
      throw new CommandLine.ParameterException(
          commandLine, "no newskg store at " + store + " (create one with: newskg ingest PATH --store " + store + ")");
    }
    return unlessLocked(() -> Tdb2EventStore.openForReading(store));
  }

  // TDB2 lets one process at a time use a store: say so instead of a lock-file stack trace.
  private Tdb2EventStore unlessLocked(Supplier<Tdb2EventStore> open) {
    try {
      return open.get();
    } catch (DBOpEnvException e) {
      throw new UnavailableException("the store " + store + " is in use by another process (" + e.getMessage()
          + "); stop it (e.g. a running newskg serve) or use another --store", e);
    }
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
