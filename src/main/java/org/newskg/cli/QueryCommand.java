package org.newskg.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newskg.query.AnswerWriter;
import org.newskg.query.QueryAnswer;
import org.newskg.query.QueryLibrary;
import org.newskg.query.QueryParameterException;
import org.newskg.query.QueryRunner;
import org.newskg.query.ResultFormat;
import org.newskg.query.UnknownQueryException;
import org.newskg.store.Tdb2EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg query}: a canned query by name, or any SPARQL query, against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = "Run a canned query (see: newskg queries) or a SPARQL query against the store.")
public class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Parameters(arity = "0..1", paramLabel = "NAME", description = "A canned query's name.")
  String name;
  @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter of the canned query; repeatable.")
  Map<String, String> params = new LinkedHashMap<>();
  @Option(names = "--sparql", paramLabel = "TEXT", description = "Run this SPARQL query instead.")
  String sparql;
  @Option(names = "--file", paramLabel = "FILE.rq", description = "Run the SPARQL query in this file instead.")
  Path file;
  @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
  String format = "table";
  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    ResultFormat resultFormat = resultFormat();
    try (Tdb2EventStore opened = store.openExisting(spec.commandLine())) {
      // Answers are held in memory already; rendering to a buffer lets the writer go to picocli's out.
      ByteArrayOutputStream rendered = new ByteArrayOutputStream();
      AnswerWriter.write(answer(new QueryRunner(opened.dataset())), resultFormat, rendered);
      spec.commandLine().getOut().print(rendered.toString(StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
      return NewskgCommand.OK;
    }
  }

  private QueryAnswer answer(QueryRunner runner) {
    int given = (name != null ? 1 : 0) + (sparql != null ? 1 : 0) + (file != null ? 1 : 0);
    if (given != 1) {
      throw usage("give exactly one of NAME, --sparql TEXT or --file FILE.rq");
    }
    try {
      if (sparql != null) {
        return runner.runText(sparql);
      }
      if (file != null) {
        return runner.runFile(file);
      }
      return runner.run(QueryLibrary.standard().get(name), params);
    } catch (UnknownQueryException | QueryParameterException e) {
      throw usage(e.getMessage());
    } catch (org.apache.jena.query.QueryParseException e) {
      throw usage("the SPARQL query does not parse: " + e.getMessage());
    }
  }

  private ResultFormat resultFormat() {
    try {
      return ResultFormat.named(format);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
