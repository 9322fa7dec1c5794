package org.newskg.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * Turns text parameter values into typed RDF terms keyed by variable name, as the query's header
 * declares them. Optional parameters left out stay unbound, which the queries read as "no filter".
 */
public final class ParameterBinder {
  private ParameterBinder() {}

  /** The substitution for these values, or a {@link QueryParameterException} saying what is wrong. */
  public static Map<String, Node> bind(CannedQuery query, Map<String, String> values) {
    values.keySet().forEach(name -> declared(query, name));
    Map<String, Node> bound = new LinkedHashMap<>();
    for (QueryParameter p : query.parameters()) {
      String value = values.get(p.name());
      if (value != null && !value.isEmpty()) {
        bound.put(p.name(), p.type().toNode(p.name(), value));
      } else if (p.required()) {
        throw new QueryParameterException(
            "query '%s' requires parameter '%s' (%s: %s)"
                .formatted(query.name(), p.name(), p.type().keyword(), p.description()));
      }
    }
    return bound;
  }

  private static void declared(CannedQuery query, String name) {
    if (query.parameter(name).isEmpty()) {
      throw new QueryParameterException(
          "query '%s' has no parameter '%s' (it takes: %s)"
              .formatted(query.name(), name, parameterNames(query)));
    }
  }

  private static String parameterNames(CannedQuery query) {
    return query.parameters().isEmpty()
        ? "none"
        : String.join(", ", query.parameters().stream().map(QueryParameter::name).toList());
  }
}
