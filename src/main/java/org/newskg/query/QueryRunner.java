package org.newskg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;

/**
 * Runs canned or free SPARQL queries over a dataset in a read transaction. Parameters are bound
 * by Jena's substitution of variables by terms, never by editing the query text. The dataset's
 * default graph is whatever its context says (the store sets it to the union of named graphs).
 * With a timeout, a query still running when it ends is stopped (Jena cancels its iterators and
 * frees the thread) and the call throws Jena's {@code QueryCancelledException}.
 */
public final class QueryRunner {
  private final DatasetGraph dataset;
  private final Duration timeout;

  /** A runner without a time limit (the command line). */
  public QueryRunner(DatasetGraph dataset) {
    this(dataset, null);
  }

  /** A runner that stops every query after {@code timeout} (null: no limit). */
  public QueryRunner(DatasetGraph dataset, Duration timeout) {
    this.dataset = dataset;
    this.timeout = timeout;
  }

  /**
   * Runs a canned query with text parameter values, typed as its header declares; {@code limit}
   * and {@code offset} among them choose a page of the rows.
   */
  public QueryAnswer run(CannedQuery query, Map<String, String> parameters) {
    return run(query, withoutPaging(parameters), Page.from(parameters, Long.MAX_VALUE, Long.MAX_VALUE));
  }

  /** Runs a canned query for one page of its rows. */
  public QueryAnswer run(CannedQuery query, Map<String, String> parameters, Page page) {
    Map<String, Node> substitution = ParameterBinder.bind(query, parameters);
    Query parsed = QueryFactory.create(query.sparql());
    if (page.offset() > 0) {
      parsed.setOffset(page.offset());
    }
    if (page.limit() != Long.MAX_VALUE) {
      parsed.setLimit(page.limit());
    }
    return execute(parsed, substitution);
  }

  /** The parameters other than {@code limit} and {@code offset}. */
  public static Map<String, String> withoutPaging(Map<String, String> parameters) {
    return parameters.entrySet().stream().filter(e -> !Page.isPagingParameter(e.getKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  /** Runs SPARQL text given on the command line. */
  public QueryAnswer runText(String sparql) {
    return execute(QueryFactory.create(sparql), Map.of());
  }

  /** Runs the SPARQL query in a file. */
  public QueryAnswer runFile(Path file) {
    try {
      return runText(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private QueryAnswer execute(Query query, Map<String, Node> substitution) {
    return Txn.calculateRead(dataset, () -> {
      QueryExecBuilder builder = QueryExec.dataset(dataset).query(query);
      substitution.forEach(builder::substitution);
      if (timeout != null) {
        builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
      }
      try (QueryExec exec = builder.build()) {
        return answer(query, exec);
      }
    });
  }

  private static QueryAnswer answer(Query query, QueryExec exec) {
    if (query.isSelectType()) {
      return new QueryAnswer.Rows(detached(exec.select()));
    }
    if (query.isAskType()) {
      return new QueryAnswer.Ask(exec.ask());
    }
    return new QueryAnswer.Triples(query.isDescribeType() ? exec.describe() : exec.construct());
  }

  // TDB2 bindings resolve their terms lazily, inside the transaction; copying each row resolves
  // them now so the answer can be read after the transaction ends.
  private static RowSetRewindable detached(RowSet rows) {
    List<Binding> copies = new ArrayList<>();
    rows.forEachRemaining(row -> copies.add(BindingFactory.copy(row)));
    return RowSetMem.create(RowSetStream.create(rows.getResultVars(), copies.iterator()));
  }
}
