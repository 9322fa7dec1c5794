package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.newskg.Home;
import org.newskg.store.Tdb2EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg up}: ingest (by default the sample corpus), then serve. */
@Command(name = "up", mixinStandardHelpOptions = true,
    description = "Ingest PATHs (default: the project's corpus/) into the store, then serve it.")
public class UpCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories (default: corpus/).")
  List<Path> paths;
  @Mixin StoreOptions store;
  @Mixin ServeOptions serve;
  @Mixin IngestOptions ingest;
  @Mixin SettingsOptions settings;

  @Override
  public Integer call() {
    List<Path> inputs = paths == null || paths.isEmpty() ? List.of(Home.path("corpus")) : paths;
    try (Tdb2EventStore opened = store.openOrCreate()) {
      // A rejected input is reported above; what was stored is still worth serving.
      Properties chosen = settings.settings();
      Ingesting.run(inputs, opened, ingest, chosen, spec.commandLine().getOut(), spec.commandLine().getErr());
      return Serving.runUntilStopped(opened, store, serve, chosen, spec.commandLine().getOut());
    }
  }
}
