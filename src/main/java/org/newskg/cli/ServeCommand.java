package org.newskg.cli;

import java.util.concurrent.Callable;
import org.newskg.store.Tdb2EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg serve}: the store over SPARQL, with the canned queries and Fuseki's UI. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the store over SPARQL (read only) until stopped. Loads no NLP models.")
public class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;
  @Mixin ServeOptions serve;
  @Mixin SettingsOptions settings;

  @Override
  public Integer call() {
    try (Tdb2EventStore opened = store.openExisting(spec.commandLine())) {
      return Serving.runUntilStopped(opened, store, serve, settings.settings(), spec.commandLine().getOut());
    }
  }
}
