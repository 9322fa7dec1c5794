package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newskg} command: one subcommand for each thing a user does with the graph. */
@Command(
    name = "newskg",
    mixinStandardHelpOptions = true,
    version = "newskg 0.1.0",
    description = "Builds a validated RDF event graph from news texts and serves it over SPARQL.",
    subcommands = {
      UpCommand.class, IngestCommand.class, ServeCommand.class, QueriesCommand.class, QueryCommand.class,
      ValidateCommand.class, ExportCommand.class, EvalCommand.class, StatsCommand.class,
      LoadCommand.class, SparkCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:ok",
      " 1:some input rejected or data invalid (the report is still written)",
      " 2:usage",
      " 3:internal failure"
    })
public class NewskgCommand implements Runnable {
  public static final int OK = 0;
  public static final int REJECTED = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests execute it with captured output. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new NewskgCommand());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UnavailableException) {
            commandLine.getErr().println("newskg: " + e.getMessage());
            return REJECTED;
          }
          commandLine.getErr().println("newskg: internal failure: " + e);
          return INTERNAL;
        });
    return cli;
  }
}
