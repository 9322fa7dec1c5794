package org.newskg.extract;

/** How the text presents the event at the trigger: asserted, negated, uncertain, future, hypothetical. */
public interface ModalityDetector {
  Modality modalityOf(TriggerContext context);
}
