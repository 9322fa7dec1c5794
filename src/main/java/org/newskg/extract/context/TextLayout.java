package org.newskg.extract.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.ingest.Span;

/**
 * The visible structure of a text: paragraphs (blank lines and headings separate them),
 * sections (a heading starts one) and infobox blocks of {@code - Key: Value} lines.
 */
final class TextLayout {

  private static final Pattern LINE = Pattern.compile("(?m)^.*$");
  private static final Pattern HEADING = Pattern.compile("\\s*(=+[^=].*=+|#{1,6}\\s+\\S.*)\\s*");
  private static final Pattern INFOBOX_LINE = Pattern.compile("\\s*[-*•]\\s*([A-Za-z][\\w ]{0,30}):\\s*(\\S.*)");

  private final List<Integer> paragraphStarts = new ArrayList<>();
  private final List<Integer> sectionStarts = new ArrayList<>();
  private final List<Span> infoboxBlocks = new ArrayList<>();
  private final List<Span> infoboxDates = new ArrayList<>();

  TextLayout(String text) {
    paragraphStarts.add(0);
    boolean blankBefore = false;
    boolean headingBefore = false;
    Matcher line = LINE.matcher(text);
    while (line.find()) {
      String content = line.group();
      boolean heading = HEADING.matcher(content).matches();
      if (blankBefore || heading || headingBefore) {
        paragraphStarts.add(line.start());
      }
      if (heading) {
        sectionStarts.add(line.start());
      }
      readInfoboxLine(line, content);
      blankBefore = content.isBlank();
      headingBefore = heading;
    }
  }

  private void readInfoboxLine(Matcher line, String content) {
    Matcher entry = INFOBOX_LINE.matcher(content);
    if (!entry.matches()) {
      return;
    }
    Span span = new Span(line.start(), line.end());
    int last = infoboxBlocks.size() - 1;
    if (last >= 0 && lineGap(infoboxBlocks.get(last).end(), line.start())) {
      infoboxBlocks.set(last, new Span(infoboxBlocks.get(last).begin(), line.end()));
    } else {
      infoboxBlocks.add(span);
    }
    if (entry.group(1).trim().toLowerCase(java.util.Locale.ROOT).matches("dates?")) {
      infoboxDates.add(new Span(line.start() + entry.start(2), line.end()));
    }
  }

  private static boolean lineGap(int previousEnd, int nextStart) {
    return nextStart - previousEnd <= 1;
  }

  /** Index of the paragraph holding this offset. */
  int paragraphOf(int offset) {
    return lastAtOrBefore(paragraphStarts, offset);
  }

  /** Index of the section holding this offset, -1 before the first heading. */
  int sectionOf(int offset) {
    return lastAtOrBefore(sectionStarts, offset);
  }

  private static int lastAtOrBefore(List<Integer> starts, int offset) {
    int found = -1;
    for (int i = 0; i < starts.size() && starts.get(i) <= offset; i++) {
      found = i;
    }
    return found;
  }

  /** Whether the second offset may take dates from the first: same paragraph, or same section under a heading. */
  boolean sameScope(int earlier, int later) {
    int section = sectionOf(later);
    return paragraphOf(earlier) == paragraphOf(later) || (section >= 0 && sectionOf(earlier) == section);
  }

  /** The value of the Date line of the infobox holding this offset, if it is inside one. */
  Optional<Span> infoboxDateAt(int offset) {
    return infoboxBlocks.stream().filter(b -> b.begin() <= offset && offset < b.end()).findFirst()
        .flatMap(block -> infoboxDates.stream().filter(block::contains).findFirst());
  }

  /** The value of the document's first infobox Date line: the date the whole text is about. */
  Optional<Span> documentInfoboxDate() {
    return infoboxDates.stream().findFirst();
  }
}
