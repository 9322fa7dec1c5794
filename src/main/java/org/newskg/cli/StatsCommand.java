package org.newskg.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.newskg.store.StoreStats;
import org.newskg.store.Tdb2EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count what the store holds.")
public class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    try (Tdb2EventStore opened = store.openExisting(spec.commandLine())) {
      for (Map.Entry<String, Long> count : StoreStats.of(opened.dataset()).entrySet()) {
        spec.commandLine().getOut().printf("%-28s %d%n", count.getKey(), count.getValue());
      }
      spec.commandLine().getOut().flush();
      return NewskgCommand.OK;
    }
  }
}
