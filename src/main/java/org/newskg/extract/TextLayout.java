package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.ingest.Span;

/**
 * The non-prose structure of a text: headings ("== X ==", "# X"), title lines (short lines
 * without final punctuation), paragraphs and sections, infobox fields ("- Key: Value" lines)
 * and the lists of navigation sections (See also, References). Prose extraction skips the
 * masked lines; date and source resolution scope themselves by paragraph, section and infobox.
 * A wire report's dateline ("CITY, Region, Mon DD (Agency) -") is layout too: masked, it gives
 * the report's reference day and the city it was filed from.
 */
public final class TextLayout {

  private static final Pattern LINE = Pattern.compile("(?m)^.*$");
  private static final Pattern HEADING = Pattern.compile("\\s*(=+[^=].*=+|#{1,6}\\s+\\S.*)\\s*");
  private static final Pattern FIELD = Pattern.compile("\\s*[-*•]\\s*([^:]{1,40}):\\s*(\\S.*?)\\s*");
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*[-*•]\\s+");
  private static final Set<String> NAVIGATION = Set.of(
      "see also", "references", "external links", "further reading", "notes", "sources", "bibliography");
  private static final int MAX_TITLE_WORDS = 10;

  /** One "- Key: Value" field of an infobox: the value and where it stands. */
  public record Field(String key, String value, Span valueSpan) {}

  private final String text;
  private final List<Span> masked = new ArrayList<>();
  private final List<Map<String, Field>> infoboxes = new ArrayList<>();
  private final List<Integer> paragraphStarts = new ArrayList<>(List.of(0));
  private final List<Integer> sectionStarts = new ArrayList<>();
  private final List<Span> fieldRuns = new ArrayList<>();
  private final List<Span> dateValues = new ArrayList<>();
  private Dateline dateline;

  private TextLayout(String text) {
    this.text = text;
  }

  /** The layout of this text. */
  public static TextLayout of(String text) {
    TextLayout layout = new TextLayout(text);
    layout.scan(lines(text));
    layout.dateline = layout.firstProseLine().flatMap(line -> Dateline.find(text, line.begin())).orElse(null);
    if (layout.dateline != null) {
      layout.masked.add(layout.dateline.span());
    }
    return layout;
  }

  /** Whether this offset stands on a line that is no prose (heading, title, infobox, navigation list). */
  public boolean isMasked(int offset) {
    return masked.stream().anyMatch(s -> s.begin() <= offset && offset < s.end());
  }

  /** The dateline opening the report, if it is a wire report. */
  public Optional<Dateline> dateline() {
    return Optional.ofNullable(dateline);
  }

  /** The fields of each block that an "Infobox" line opens, keyed by lower-case key. */
  public List<Map<String, Field>> infoboxes() {
    return infoboxes;
  }

  /** Index of the paragraph holding this offset; blank lines and headings separate paragraphs. */
  public int paragraphOf(int offset) {
    return lastAtOrBefore(paragraphStarts, offset);
  }

  /** Index of the section holding this offset, -1 before the first heading. */
  public int sectionOf(int offset) {
    return lastAtOrBefore(sectionStarts, offset);
  }

  /** Whether the second offset may take dates from the first: same paragraph, or same section under a heading. */
  public boolean sameScope(int earlier, int later) {
    int section = sectionOf(later);
    return paragraphOf(earlier) == paragraphOf(later) || (section >= 0 && sectionOf(earlier) == section);
  }

  /** The value of the Date line of the run of field lines holding this offset, if it is inside one. */
  public Optional<Span> infoboxDateAt(int offset) {
    return fieldRuns.stream().filter(b -> b.begin() <= offset && offset < b.end()).findFirst()
        .flatMap(run -> dateValues.stream().filter(run::contains).findFirst());
  }

  /** The value of the document's first Date field: the date the whole text is about. */
  public Optional<Span> documentInfoboxDate() {
    return dateValues.stream().findFirst();
  }

  /** The first non-blank line that is no heading, title or infobox: where a dateline may stand. */
  private Optional<Span> firstProseLine() {
    return lines(text).stream().filter(l -> !l.of(text).isBlank() && !isMasked(l.begin())).findFirst();
  }

  private static int lastAtOrBefore(List<Integer> starts, int offset) {
    int found = -1;
    for (int i = 0; i < starts.size() && starts.get(i) <= offset; i++) {
      found = i;
    }
    return found;
  }

  private static List<Span> lines(String text) {
    List<Span> lines = new ArrayList<>();
    Matcher m = LINE.matcher(text);
    while (m.find()) {
      lines.add(new Span(m.start(), m.end()));
    }
    return lines;
  }

  private void scan(List<Span> lines) {
    // A text without blank lines sets one paragraph a line (wire copy, one-sentence-a-line news).
    boolean linesAreParagraphs = lines.stream().noneMatch(l -> l.of(text).isBlank());
    Map<String, Field> infobox = null;
    boolean navigation = false;
    for (int i = 0; i < lines.size(); i++) {
      Span span = lines.get(i);
      String line = span.of(text);
      boolean heading = isHeading(line);
      markParagraphs(span, heading, i == 0 ? null : lines.get(i - 1).of(text), linesAreParagraphs);
      Optional<Field> field = field(span);
      field.ifPresent(f -> addToRun(span, f));
      // A short unpunctuated line is a title only when it stands alone (not a hard-wrapped prose line).
      boolean alone = i == 0 || i + 1 == lines.size() || lines.get(i + 1).of(text).isBlank();
      if (line.isBlank()) {
        infobox = null;
      } else if (line.trim().toLowerCase(Locale.ROOT).startsWith("infobox")) {
        infobox = new LinkedHashMap<>();
        infoboxes.add(infobox);
        masked.add(span);
      } else if (infobox != null && field.isPresent()) {
        infobox.put(field.get().key().toLowerCase(Locale.ROOT), field.get());
        masked.add(span);
      } else if (heading || isTitle(line, alone)) {
        navigation = NAVIGATION.contains(headingText(line).toLowerCase(Locale.ROOT));
        masked.add(span);
      } else if (navigation && LIST_ITEM.matcher(line).find()) {
        masked.add(span);
      }
    }
  }

  private void markParagraphs(Span span, boolean heading, String previous, boolean linesAreParagraphs) {
    boolean blankBefore = previous != null && previous.isBlank();
    boolean headingBefore = previous != null && isHeading(previous);
    if (blankBefore || heading || headingBefore || linesAreParagraphs && previous != null) {
      paragraphStarts.add(span.begin());
    }
    if (heading) {
      sectionStarts.add(span.begin());
    }
  }

  /** Adjacent field lines form one run, whether or not an "Infobox" line opens it. */
  private void addToRun(Span line, Field field) {
    int last = fieldRuns.size() - 1;
    if (last >= 0 && line.begin() - fieldRuns.get(last).end() <= 1) {
      fieldRuns.set(last, new Span(fieldRuns.get(last).begin(), line.end()));
    } else {
      fieldRuns.add(line);
    }
    if (field.key().toLowerCase(Locale.ROOT).matches("dates?")) {
      dateValues.add(field.valueSpan());
    }
  }

  private Optional<Field> field(Span line) {
    Matcher m = FIELD.matcher(line.of(text));
    if (!m.matches()) {
      return Optional.empty();
    }
    Span value = new Span(line.begin() + m.start(2), line.begin() + m.end(2));
    return Optional.of(new Field(m.group(1).trim(), m.group(2), value));
  }

  private static boolean isHeading(String line) {
    return HEADING.matcher(line).matches();
  }

  private static boolean isTitle(String line, boolean alone) {
    String trimmed = line.trim();
    boolean unpunctuated = !trimmed.matches(".*[.!?:;,\"”’')\\]]$");
    return alone && unpunctuated && !LIST_ITEM.matcher(trimmed).find() && trimmed.split("\\s+").length <= MAX_TITLE_WORDS;
  }

  private static String headingText(String line) {
    return line.replaceFirst("^\\s*#+", "").replace("=", "").trim();
  }
}
