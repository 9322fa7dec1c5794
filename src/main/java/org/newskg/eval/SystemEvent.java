package org.newskg.eval;

import java.util.List;

/**
 * One line of the events export, reduced to what scoring reads. {@code begin}/{@code end} is the
 * evidence span; {@code source} is null when the export's source is null or empty; {@code date}
 * and {@code modality} may be null.
 */
public record SystemEvent(
    String doc,
    String action,
    int begin,
    int end,
    List<NameRef> actors,
    List<NameRef> targets,
    List<NameRef> places,
    String date,
    NameRef source,
    String modality) {

  public SystemEvent {
    actors = List.copyOf(actors);
    targets = List.copyOf(targets);
    places = List.copyOf(places);
  }
}
