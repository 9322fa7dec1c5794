package org.newskg.query;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;

/**
 * Rows as an aligned text table for a terminal: literals as their plain text, IRIs in full, long
 * cells cut with an ellipsis (CSV, TSV and JSON keep every character).
 */
final class TextTable {
  static final int MAX_CELL = 80;

  private TextTable() {}

  static void write(RowSetRewindable rows, PrintWriter out) {
    List<Var> vars = rows.getResultVars();
    List<List<String>> cells = new ArrayList<>();
    cells.add(vars.stream().map(Var::getVarName).toList());
    rows.forEachRemaining(binding -> cells.add(row(vars, binding)));
    int[] widths = widths(cells, vars.size());
    for (int i = 0; i < cells.size(); i++) {
      out.println(line(cells.get(i), widths));
      if (i == 0) {
        out.println(rule(widths));
      }
    }
    out.printf("(%d row%s)%n", cells.size() - 1, cells.size() == 2 ? "" : "s");
    out.flush();
  }

  private static List<String> row(List<Var> vars, Binding binding) {
    return vars.stream().map(v -> cell(binding.get(v))).toList();
  }

  static String cell(Node node) {
    String text = node == null ? "" : node.isLiteral() ? node.getLiteralLexicalForm() : node.isURI() ? node.getURI() : node.toString();
    text = text.replaceAll("\\s+", " ");
    return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 1) + "…";
  }

  private static int[] widths(List<List<String>> cells, int columns) {
    int[] widths = new int[columns];
    for (List<String> row : cells) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    return widths;
  }

  private static String line(List<String> row, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      line.append(c == 0 ? "" : "  ").append(String.format("%-" + Math.max(1, widths[c]) + "s", row.get(c)));
    }
    return line.toString().stripTrailing();
  }

  private static String rule(int[] widths) {
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      rule.append(c == 0 ? "" : "  ").append("-".repeat(Math.max(1, widths[c])));
    }
    return rule.toString();
  }
}
