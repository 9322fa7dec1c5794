package org.newskg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;

/**
 * Reads a query file: a header of {@code # key: value} comment lines (title, question, param,
 * columns, example; a comment line without a key continues the previous value), then SPARQL.
 * The header must agree with the query: every parameter is a variable of the query and the
 * columns are exactly the variables it selects.
 */
final class QueryFileParser {
  private static final Pattern KEY_LINE = Pattern.compile("#\\s*(\\w+):\\s*(.*)");
  private static final Pattern PARAM =
      Pattern.compile("(\\w+)\\s+(\\w+)\\s+(required|optional)\\s+(.+)");
  private static final List<String> SINGLE_KEYS = List.of("title", "question", "columns", "example");

  private final String name;
  private final Map<String, StringBuilder> fields = new LinkedHashMap<>();
  private final List<QueryParameter> parameters = new ArrayList<>();
  private StringBuilder current;

  private QueryFileParser(String name) {
    this.name = name;
  }

  /** The canned query in this file text, or a {@link CannedQueryException} saying what is wrong. */
  static CannedQuery parse(String name, String text) {
    return new QueryFileParser(name).read(text);
  }

  private CannedQuery read(String text) {
    for (String line : text.split("\\R")) {
      if (!line.startsWith("#")) {
        break;
      }
      headerLine(line);
    }
    CannedQuery query = build(text);
    checkAgainstSparql(query);
    return query;
  }

  private void headerLine(String line) {
    Matcher key = KEY_LINE.matcher(line);
    if (key.matches()) {
      field(key.group(1), key.group(2).trim());
    } else if (current != null && !line.substring(1).isBlank()) {
      current.append(' ').append(line.substring(1).trim());
    }
  }

  private void field(String key, String value) {
    if (key.equals("param")) {
      parameters.add(parameter(value));
      current = null;
    } else if (SINGLE_KEYS.contains(key)) {
      if (fields.containsKey(key)) {
        throw fail("header key '" + key + "' appears twice");
      }
      current = new StringBuilder(value);
      fields.put(key, current);
    } else {
      throw fail("unknown header key '" + key + "' (expected " + SINGLE_KEYS + " or param)");
    }
  }

  private QueryParameter parameter(String value) {
    Matcher m = PARAM.matcher(value);
    if (!m.matches()) {
      throw fail("param line must be 'NAME TYPE required|optional DESCRIPTION': " + value);
    }
    if (Page.isPagingParameter(m.group(1))) {
      throw fail("'" + m.group(1) + "' is a paging parameter of every query, not a query variable");
    }
    ParameterType type = ParameterType.fromKeyword(m.group(2));
    if (type == null) {
      throw fail("unknown parameter type '" + m.group(2) + "' (iri, string, date, integer, decimal)");
    }
    return new QueryParameter(m.group(1), type, m.group(3).equals("required"), m.group(4).trim());
  }

  private CannedQuery build(String text) {
    return new CannedQuery(
        name,
        required("title"),
        required("question"),
        parameters,
        List.of(required("columns").split("\\s+")),
        required("example"),
        text);
  }

  private String required(String key) {
    StringBuilder value = fields.get(key);
    if (value == null || value.isEmpty()) {
      throw fail("header lacks '# " + key + ":'");
    }
    return value.toString();
  }

  private void checkAgainstSparql(CannedQuery query) {
    Query parsed = parseSparql(query.sparql());
    for (QueryParameter p : query.parameters()) {
      if (!query.sparql().matches("(?s).*[?$]" + p.name() + "\\b.*")) {
        throw fail("parameter '" + p.name() + "' is not a variable of the query");
      }
    }
    if (parsed.isSelectType()) {
      List<String> selected = parsed.getProjectVars().stream().map(Var::getVarName).toList();
      if (!selected.equals(query.columns())) {
        throw fail("columns " + query.columns() + " differ from the selected variables " + selected);
      }
    }
  }

  private Query parseSparql(String sparql) {
    try {
      return QueryFactory.create(sparql);
    } catch (QueryParseException e) {
      throw new CannedQueryException("query '" + name + "': " + e.getMessage(), e);
    }
  }

  private CannedQueryException fail(String problem) {
    return new CannedQueryException("query '" + name + "': " + problem);
  }
}
