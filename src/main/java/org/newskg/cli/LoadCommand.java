package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.store.EndpointPush;
import org.newskg.store.LoadReport;
import org.newskg.store.ShardLoader;
import org.newskg.store.ShardReader;
import org.newskg.store.Tdb2EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg load}: N-Quads shards (from {@code newskg spark}) into a TDB2 store or a Graph Store Protocol endpoint. */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = "Bulk-load N-Quads shards (newskg spark --out DIR) into the store with Jena's TDB2 loader, "
        + "or push them to a SPARQL Graph Store Protocol endpoint; documents whose fingerprint is stored are skipped.")
public class LoadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Parameters(index = "0", paramLabel = "DIR", description = "Folder of shards (part-* files, *.nq, *.nq.gz), or one shard file.")
  Path shards;
  @Mixin StoreOptions store;
  @Option(names = "--loader", paramLabel = "NAME", defaultValue = "auto",
      description = "TDB2 loader: auto (parallel into a store without documents, else basic), basic, sequential, phased, parallel.")
  String loader;
  @Option(names = "--endpoint", paramLabel = "URL",
      description = "Push to this Graph Store Protocol dataset URL (e.g. http://host:3030/ds) instead of --store.")
  String endpoint;

  @Override
  public Integer call() {
    List<Path> files = shardFiles();
    try {
      LoadReport report = endpoint != null ? new EndpointPush(endpoint).push(files) : loadIntoStore(files);
      return print(report, spec.commandLine().getOut(), spec.commandLine().getErr());
    } catch (ShardReader.ShardException e) {
      spec.commandLine().getErr().println("newskg: " + e.getMessage() + "\n" + (endpoint != null
          ? "the graphs read before the error were pushed, none after it"
          : "nothing was loaded (the store is as it was; if it was new, delete it before loading again)"));
      return NewskgCommand.REJECTED;
    }
  }

  private LoadReport loadIntoStore(List<Path> files) {
    ShardLoader.Loader chosen = loaderNamed(loader);
    try (Tdb2EventStore opened = store.openOrCreate()) {
      return new ShardLoader(opened).load(files, chosen);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--loader " + loader + ": " + e.getMessage());
    }
  }

  private ShardLoader.Loader loaderNamed(String name) {
    try {
      return ShardLoader.Loader.named(name);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "unknown --loader '" + name + "' (auto, basic, sequential, phased, parallel)");
    }
  }

  private List<Path> shardFiles() {
    if (!Files.exists(shards)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no shards at " + shards);
    }
    try {
      return ShardReader.shards(shards);
    } catch (IOException e) {
      throw new UnavailableException("cannot list " + shards + ": " + e.getMessage(), e);
    }
  }

  private static int print(LoadReport report, PrintWriter out, PrintWriter err) {
    report.problems().forEach(p -> err.println("left out " + p));
    out.printf("loaded %d document graph(s) (%d replacing another version), %d quads; %d unchanged; %d left out%n",
        report.loaded() + report.replaced(), report.replaced(), report.quads(), report.unchanged(), report.problems().size());
    out.flush();
    err.flush();
    return report.clean() ? NewskgCommand.OK : NewskgCommand.REJECTED;
  }
}
