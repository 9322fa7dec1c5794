package org.newskg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newskg.query.ResultFormat;

/** Picks the result format an HTTP Accept header asks for; SPARQL JSON when it does not care. */
final class ContentNegotiation {
  private ContentNegotiation() {}

  private record Range(String mediaType, double quality) {}

  /** The best format for this Accept header, or null if it accepts none of ours. */
  static ResultFormat choose(String accept) {
    if (accept == null || accept.isBlank()) {
      return ResultFormat.JSON;
    }
    for (Range range : ranges(accept)) {
      ResultFormat format = match(range.mediaType());
      if (format != null && range.quality() > 0) {
        return format;
      }
    }
    return null;
  }

  private static ResultFormat match(String mediaType) {
    return switch (mediaType) {
      case "*/*", "application/*", "application/json" -> ResultFormat.JSON;
      case "text/*" -> ResultFormat.CSV;
      default -> ResultFormat.forMediaType(mediaType);
    };
  }

  // Highest quality first; equal qualities keep the client's order.
  private static List<Range> ranges(String accept) {
    List<Range> ranges = new ArrayList<>();
    for (String part : accept.split(",")) {
      String[] pieces = part.trim().split(";");
      ranges.add(new Range(pieces[0].trim().toLowerCase(Locale.ROOT), quality(pieces)));
    }
    ranges.sort(Comparator.comparingDouble(Range::quality).reversed());
    return ranges;
  }

  private static double quality(String[] pieces) {
    for (int i = 1; i < pieces.length; i++) {
      String parameter = pieces[i].trim();
      if (parameter.startsWith("q=")) {
        try {
          return Double.parseDouble(parameter.substring(2));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
