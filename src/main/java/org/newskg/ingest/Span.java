package org.newskg.ingest;

/** A character range [begin, end) in a document's text, as Java String offsets. */
public record Span(int begin, int end) {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
  }

  public String of(String text) {
    return text.substring(begin, end);
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }
}
