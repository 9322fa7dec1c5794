package org.newskg.query;

import java.util.List;
import java.util.Optional;

/**
 * A query of the library: its name (the file name without {@code .rq}), what its header says
 * (title, question answered, parameters, result columns, example call) and its SPARQL text.
 */
public record CannedQuery(
    String name,
    String title,
    String question,
    List<QueryParameter> parameters,
    List<String> columns,
    String example,
    String sparql) {

  public CannedQuery {
    parameters = List.copyOf(parameters);
    columns = List.copyOf(columns);
  }

  /** The declared parameter with this name, if any. */
  public Optional<QueryParameter> parameter(String parameterName) {
    return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
  }
}
