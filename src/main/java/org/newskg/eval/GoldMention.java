package org.newskg.eval;

import java.util.List;

/**
 * One gold annotation line. Participants are lists of acceptable names. {@code sourceGiven}
 * tells an explicit {@code "source": null} (the text's own voice) from a missing field, which
 * score.py does not score; {@code trigger}, {@code date} and {@code modality} may be null.
 */
public record GoldMention(
    String doc,
    String id,
    String action,
    String trigger,
    String evidence,
    List<List<String>> actor,
    List<List<String>> target,
    List<List<String>> place,
    String date,
    boolean sourceGiven,
    List<String> source,
    String modality) {

  public GoldMention {
    actor = List.copyOf(actor);
    target = List.copyOf(target);
    place = List.copyOf(place);
    source = source == null ? null : List.copyOf(source);
  }
}
