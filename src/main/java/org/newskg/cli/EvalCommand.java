package org.newskg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newskg.eval.EventLines;
import org.newskg.eval.QualityTable;
import org.newskg.pipeline.Evaluation;
import org.newskg.pipeline.StandardStages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg eval}: the pipeline on gold texts, scored by the gold's rules. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Run the pipeline on the texts (with their .meta.json) and score the events against gold.")
public class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold events (JSONL).")
  Path gold;
  @Option(names = "--texts", required = true, paramLabel = "DIR", description = "Folder of the gold's DOC.txt files.")
  Path texts;
  @Option(names = "--actions", paramLabel = "ID,...", description = "Score only these action ids.")
  String actions;
  @Option(names = "--json", description = "One JSON object, as score.py --json prints it.")
  boolean json;
  @Option(names = "--events-out", paramLabel = "FILE", description = "Also write the scored event lines here.")
  Path eventsOut;
  @Option(names = "--readme", paramLabel = "FILE", description = "Also put the scores in the row SET of FILE's quality table (<!-- measured: eval -->).")
  Path readme;
  @Option(names = "--set-name", paramLabel = "SET", description = "The row's name in the quality table (default: the gold file's name).")
  String setName = "";
  @Mixin SettingsOptions settings;

  @Override
  public Integer call() throws IOException {
    requireReadable();
    Set<String> only = actions == null ? Set.of() : EventLines.actions(actions);
    Evaluation.Result result = new Evaluation(StandardStages.create(settings.settings())).run(gold, texts, only);
    result.rejections().forEach(r -> spec.commandLine().getErr().println("rejected " + r.message()));
    if (eventsOut != null) {
      Files.write(eventsOut, result.eventLines(), StandardCharsets.UTF_8);
    }
    if (readme != null) {
      QualityTable.update(readme, setName.isEmpty() ? gold.getFileName().toString() : setName, result.scores());
    }
    spec.commandLine().getOut().print(json ? result.scores().toJson() + "\n" : result.scores().toText());
    spec.commandLine().getOut().flush();
    return result.rejections().isEmpty() ? NewskgCommand.OK : NewskgCommand.REJECTED;
  }

  private void requireReadable() {
    if (!Files.isRegularFile(gold)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--gold " + gold + ": no such file");
    }
    if (!Files.isDirectory(texts)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--texts " + texts + ": no such directory");
    }
  }
}
