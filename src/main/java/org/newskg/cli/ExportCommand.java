package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.export.Exporter;
import org.newskg.store.Tdb2EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg export}: the store as RDF, as event lines, or as files for graph tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the store: trig, nquads, turtle, jsonld, csv, events, graphml, geojson, "
        + "or neo4j (a folder of nodes.csv and relationships.csv; needs --out).")
public class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "One of: ${COMPLETION-CANDIDATES}.",
      completionCandidates = Formats.class)
  String format;
  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path out;
  @Mixin StoreOptions store;

  @Override
  public Integer call() throws IOException {
    if (!Exporter.FORMATS.contains(format)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "unknown --format '" + format + "', expected one of " + Exporter.FORMATS);
    }
    try (Tdb2EventStore opened = store.openExisting(spec.commandLine())) {
      Exporter exporter = Exporter.of(opened.dataset());
      if (format.equals("neo4j")) {
        exportNeo4j(exporter);
      } else if (out == null) {
        exporter.write(format, System.out);
        System.out.flush();
      } else {
        try (OutputStream file = Files.newOutputStream(out)) {
          exporter.write(format, file);
        }
      }
    }
    return NewskgCommand.OK;
  }

  private void exportNeo4j(Exporter exporter) throws IOException {
    if (out == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format neo4j writes a folder: give --out DIR");
    }
    Files.createDirectories(out);
    exporter.writeNeo4j(out);
  }

  /** The export formats, for the help text. */
  static final class Formats implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Exporter.FORMATS.iterator();
    }
  }
}
