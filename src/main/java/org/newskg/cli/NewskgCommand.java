package org.newskg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newskg} command: subcommands for every stage a user runs. */
@Command(
    name = "newskg",
    mixinStandardHelpOptions = true,
    version = "newskg 0.1.0",
    description = "Builds a validated RDF event graph from news texts and serves it over SPARQL.",
    subcommands = {},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:some input rejected or data invalid (the report is still written)",
      "2:usage",
      "3:internal failure"
    })
public class NewskgCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also what tests execute. */
  public static CommandLine commandLine() {
    return new CommandLine(new NewskgCommand());
  }
}
