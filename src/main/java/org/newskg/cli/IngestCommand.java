package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.pipeline.IngestReport;
import org.newskg.store.Tdb2EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg ingest}: texts in, one validated graph per document stored. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read .txt (+ .meta.json), .jsonl files or directories and store their event graphs.")
public class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to ingest.")
  List<Path> paths;
  @Mixin StoreOptions store;
  @Mixin IngestOptions ingest;
  @Mixin SettingsOptions settings;

  @Override
  public Integer call() {
    try (Tdb2EventStore opened = store.openOrCreate()) {
      IngestReport report = Ingesting.run(paths, opened, ingest, settings.settings(),
          spec.commandLine().getOut(), spec.commandLine().getErr());
      return report.clean() ? NewskgCommand.OK : NewskgCommand.REJECTED;
    }
  }
}
