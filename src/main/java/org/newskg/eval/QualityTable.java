package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's table of quality figures, one row per evaluated set, between the markers
 * {@code <!-- measured: eval -->} and {@code <!-- end measured -->}. {@code newskg eval --readme}
 * puts its scores in the row of its set, so the figures a reader sees are the ones eval printed.
 */
public final class QualityTable {
  static final String HEADER = "| set | gold | action F1 (P / R) | actor F1 | target F1 | place F1 | date acc. | source acc. "
      + "| modality acc. | tuple F1 |\n|---|---|---|---|---|---|---|---|---|---|\n";
  private static final Pattern SECTION = Pattern.compile("(<!-- measured: eval -->\n)(.*?)(<!-- end measured -->)", Pattern.DOTALL);

  private QualityTable() {}

  /** Replaces (or appends) the row named {@code set} with these scores. */
  public static void update(Path readme, String set, Scores scores) throws IOException {
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    Matcher m = SECTION.matcher(text);
    if (!m.find()) {
      throw new IOException(readme + " has no section <!-- measured: eval -->");
    }
    String table = withRow(m.group(2), set, row(set, scores));
    Files.writeString(readme, text.substring(0, m.start()) + m.group(1) + table + m.group(3) + text.substring(m.end()),
        StandardCharsets.UTF_8);
  }

  /** The table with the row of {@code set} replaced, or added at the end; a table of another shape is started anew. */
  static String withRow(String table, String set, String row) {
    List<String> rows = new ArrayList<>();
    if (table.startsWith(HEADER)) {
      table.substring(HEADER.length()).lines().filter(l -> l.startsWith("| ")).forEach(rows::add);
    }
    int at = indexOf(rows, set);
    if (at < 0) {
      rows.add(row);
    } else {
      rows.set(at, row);
    }
    return HEADER + String.join("\n", rows) + "\n";
  }

  private static int indexOf(List<String> rows, String set) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).startsWith("| " + set + " |")) {
        return i;
      }
    }
    return -1;
  }

  static String row(String set, Scores s) {
    return "| " + set + " | " + s.gold() + " | " + fixed(s.actionF1()) + " (" + fixed(s.actionP()) + " / " + fixed(s.actionR()) + ") | "
        + fixed(s.actorF1()) + " | " + fixed(s.targetF1()) + " | " + fixed(s.placeF1()) + " | " + fixed(s.dateAcc()) + " | "
        + fixed(s.sourceAcc()) + " | " + fixed(s.modalityAcc()) + " | " + fixed(s.tupleF1()) + " |";
  }

  private static String fixed(Double value) {
    return value == null ? "–" : String.format(Locale.ROOT, "%.3f", value);
  }
}
