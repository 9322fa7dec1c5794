package org.newskg.extract;

import java.util.List;

/** The four context services an extracted mention asks about its trigger, null-safe. */
record ClauseContext(DateResolver dates, SourceAttributor sources, ModalityDetector modality, QuantityFinder quantities) {

  EventDate date(TriggerContext where) {
    return dates == null ? null : dates.dateOf(where);
  }

  Participant source(TriggerContext where) {
    return sources == null ? null : sources.sourceOf(where);
  }

  Modality modality(TriggerContext where) {
    Modality m = modality == null ? null : modality.modalityOf(where);
    return m == null ? Modality.ASSERTED : m;
  }

  List<Quantity> quantities(TriggerContext where) {
    List<Quantity> q = quantities == null ? null : quantities.quantitiesOf(where);
    return q == null ? List.of() : q;
  }
}
