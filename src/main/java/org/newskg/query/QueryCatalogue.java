package org.newskg.query;

import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** The library as JSON: one object per query with its header, for {@code /newskg/queries}. */
public final class QueryCatalogue {
  private QueryCatalogue() {}

  /** A JSON array describing these queries; {@code urlBase} prefixes each query's URL. */
  public static JsonArray toJson(List<CannedQuery> queries, String urlBase) {
    JsonArray array = new JsonArray();
    queries.forEach(q -> array.add(entry(q, urlBase)));
    return array;
  }

  /** A Markdown table of these queries, as the README shows it (generated, never hand-edited). */
  public static String toMarkdown(List<CannedQuery> queries) {
    StringBuilder table = new StringBuilder("| query | answers | parameters | columns |\n|---|---|---|---|\n");
    for (CannedQuery q : queries) {
      table.append("| `").append(q.name()).append("` | ").append(q.question().replace("\n", " "))
          .append(" | ").append(parameterList(q)).append(" | ").append(String.join(", ", q.columns()))
          .append(" |\n");
    }
    return table.toString();
  }

  /** "name (type, optional)" for each parameter, or a dash. */
  public static String parameterList(CannedQuery query) {
    if (query.parameters().isEmpty()) {
      return "–";
    }
    return query.parameters().stream()
        .map(p -> p.name() + " (" + p.type().keyword() + (p.required() ? "" : ", optional") + ")")
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private static JsonObject entry(CannedQuery query, String urlBase) {
    JsonObject json = new JsonObject();
    json.put("name", query.name());
    json.put("title", query.title());
    json.put("question", query.question());
    json.put("parameters", parameters(query.parameters()));
    JsonArray columns = new JsonArray();
    query.columns().forEach(columns::add);
    json.put("columns", columns);
    json.put("example", query.example());
    json.put("url", urlBase + "/" + query.name());
    return json;
  }

  private static JsonArray parameters(List<QueryParameter> parameters) {
    JsonArray array = new JsonArray();
    for (QueryParameter p : parameters) {
      JsonObject json = new JsonObject();
      json.put("name", p.name());
      json.put("type", p.type().keyword());
      json.put("required", p.required());
      json.put("description", p.description());
      array.add(json);
    }
    return array;
  }
}
