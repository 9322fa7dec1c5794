package org.newskg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newskg.store.Tdb2EventStore;
import org.newskg.validate.CheckResult;
import org.newskg.validate.StoreReport;
import org.newskg.validate.StoreValidator;
import org.newskg.validate.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg validate}: re-checks the store against {@code shapes/} and {@code queries/checks/}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Re-check every stored graph against shapes/ and run the zero-row checks of queries/checks/.")
public class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    try (Tdb2EventStore opened = store.openExisting(spec.commandLine())) {
      StoreReport report = StoreValidator.fromHome().validate(opened.dataset());
      print(report, spec.commandLine().getOut());
      return report.conforms() ? NewskgCommand.OK : NewskgCommand.REJECTED;
    }
  }

  private static void print(StoreReport report, PrintWriter out) {
    for (Map.Entry<String, List<Violation>> graph : report.violationsByGraph().entrySet()) {
      out.println("graph " + graph.getKey() + " does not conform:");
      graph.getValue().forEach(v -> out.println("  " + v));
    }
    for (CheckResult check : report.checks()) {
      out.println((check.passed() ? "ok    " : "FAILED") + " check " + check.name() + " (" + check.rows().size() + " violation(s))");
      check.rows().forEach(row -> out.println("    " + row));
    }
    out.printf("%d document graph(s): %d conform; %s%n", report.graphs(),
        report.graphs() - report.violationsByGraph().size(), report.conforms() ? "store conforms" : "store does NOT conform");
    out.flush();
  }
}
