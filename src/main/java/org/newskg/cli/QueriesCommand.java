package org.newskg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newskg.query.CannedQuery;
import org.newskg.query.QueryCatalogue;
import org.newskg.query.QueryLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg queries}: the canned query library, from the queries' own headers. */
@Command(name = "queries", mixinStandardHelpOptions = true,
    description = "List the canned queries with their parameters and result columns.")
public class QueriesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
  String format = "text";

  @Override
  public Integer call() {
    QueryLibrary library = QueryLibrary.standard();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "json" -> out.println(QueryCatalogue.toJson(library.all(), "/newskg/queries"));
      case "markdown" -> out.print(QueryCatalogue.toMarkdown(library.all()));
      case "text" -> library.all().forEach(q -> describe(q, out));
      default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "unknown --format '" + format + "' (expected text, json or markdown)");
    }
    out.flush();
    return NewskgCommand.OK;
  }

  private static void describe(CannedQuery query, PrintWriter out) {
    out.println(query.name() + " — " + query.title());
    out.println("    parameters: " + QueryCatalogue.parameterList(query));
    out.println("    columns:    " + String.join(", ", query.columns()));
    out.println("    example:    " + query.example());
  }
}
