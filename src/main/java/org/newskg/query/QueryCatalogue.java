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
