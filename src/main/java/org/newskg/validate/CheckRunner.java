package org.newskg.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.newskg.Home;

/**
 * Runs the zero-row checks of {@code queries/checks/*-violation.rq} over a dataset: invariants
 * that cross nodes, which single-node shapes cannot state. Each row a check returns is a violation.
 */
public final class CheckRunner {
  private static final String SUFFIX = "-violation.rq";
  private final Path checksDir;

  public CheckRunner(Path checksDir) {
    this.checksDir = checksDir;
  }

  public static CheckRunner fromHome() {
    return new CheckRunner(Home.path("queries/checks"));
  }

  /** Runs every check in one read transaction; results in file-name order. */
  public List<CheckResult> run(DatasetGraph dataset) {
    List<Path> files = checkFiles();
    return Txn.calculateRead(dataset, () -> files.stream().map(f -> run(f, dataset)).toList());
  }

  private CheckResult run(Path file, DatasetGraph dataset) {
    String text = read(file);
    Query query = QueryFactory.create(text);
    try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
      List<Map<String, String>> rows = rows(exec.select());
      return new CheckResult(name(file), title(text, name(file)), rows);
    }
  }

  private static List<Map<String, String>> rows(RowSet rowSet) {
    List<String> vars = rowSet.getResultVars().stream().map(v -> v.getVarName()).toList();
    return rowSet.stream().map(binding -> row(vars, binding)).toList();
  }

  private static Map<String, String> row(List<String> vars, Binding binding) {
    Map<String, String> row = new LinkedHashMap<>();
    for (String var : vars) {
      Node value = binding.get(var);
      row.put(var, value == null ? null : value.isLiteral() ? value.getLiteralLexicalForm() : value.toString());
    }
    return row;
  }

  /** The title line of the check's header, else its name. */
  private static String title(String text, String fallback) {
    return text.lines().filter(l -> l.startsWith("# title:"))
        .map(l -> l.substring("# title:".length()).trim()).findFirst().orElse(fallback);
  }

  private static String name(Path file) {
    String fileName = file.getFileName().toString();
    return fileName.substring(0, fileName.length() - ".rq".length());
  }

  private List<Path> checkFiles() {
    try (Stream<Path> files = Files.list(checksDir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + checksDir, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
