package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.ingest.Span;

/**
 * The non-prose structure of a text: heading and title lines ("== X ==", short lines without
 * final punctuation), infobox blocks (an "Infobox" line then "- Key: Value" lines) and the lists
 * of navigation sections (See also, References). Their characters are masked from prose
 * extraction; infobox fields are kept for {@link InfoboxEvents}.
 */
final class TextLayout {

  private static final Pattern HEADING = Pattern.compile("^\\s*=+[^=].*=+\\s*$");
  private static final Pattern FIELD = Pattern.compile("^\\s*[-*•]\\s*([^:]{1,40}):\\s*(.+?)\\s*$");
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*[-*•]\\s+");
  private static final Set<String> NAVIGATION = Set.of(
      "see also", "references", "external links", "further reading", "notes", "sources", "bibliography");
  private static final int MAX_TITLE_WORDS = 10;

  /** One "- Key: Value" field of an infobox: the value and where it stands. */
  record Field(String key, String value, Span valueSpan) {}

  private final List<Span> masked = new ArrayList<>();
  private final List<Map<String, Field>> infoboxes = new ArrayList<>();

  private TextLayout() {}

  static TextLayout of(String text) {
    TextLayout layout = new TextLayout();
    layout.scan(text);
    return layout;
  }

  boolean isMasked(int offset) {
    return masked.stream().anyMatch(s -> s.begin() <= offset && offset < s.end());
  }

  List<Map<String, Field>> infoboxes() {
    return infoboxes;
  }

  private void scan(String text) {
    List<Span> lines = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^.*$").matcher(text);
    while (m.find()) {
      lines.add(new Span(m.start(), m.end()));
    }
    Map<String, Field> infobox = null;
    boolean navigation = false;
    for (int i = 0; i < lines.size(); i++) {
      Span span = lines.get(i);
      String line = span.of(text);
      // A short unpunctuated line is a title only when it stands alone (not a hard-wrapped prose line).
      boolean alone = i == 0 || i + 1 == lines.size() || lines.get(i + 1).of(text).isBlank();
      if (line.isBlank()) {
        infobox = null;
      } else if (line.trim().toLowerCase(Locale.ROOT).startsWith("infobox")) {
        infobox = new LinkedHashMap<>();
        infoboxes.add(infobox);
        masked.add(span);
      } else if (infobox != null && FIELD.matcher(line).matches()) {
        infobox.put(keyOf(line), field(line, span));
        masked.add(span);
      } else if (isHeading(line, alone)) {
        navigation = NAVIGATION.contains(line.replace("=", "").trim().toLowerCase(Locale.ROOT));
        masked.add(span);
      } else if (navigation && LIST_ITEM.matcher(line).find()) {
        masked.add(span);
      }
    }
  }

  static boolean isHeading(String line, boolean alone) {
    String trimmed = line.trim();
    if (HEADING.matcher(trimmed).matches()) {
      return true;
    }
    boolean unpunctuated = !trimmed.matches(".*[.!?:;,\"”’')\\]]$");
    return alone && unpunctuated && !LIST_ITEM.matcher(trimmed).find() && trimmed.split("\\s+").length <= MAX_TITLE_WORDS;
  }

  private static String keyOf(String line) {
    Matcher m = FIELD.matcher(line);
    return m.matches() ? m.group(1).trim().toLowerCase(Locale.ROOT) : "";
  }

  private static Field field(String line, Span lineSpan) {
    Matcher m = FIELD.matcher(line);
    m.matches();
    return new Field(m.group(1).trim(), m.group(2), new Span(lineSpan.begin() + m.start(2), lineSpan.begin() + m.end(2)));
  }
}
