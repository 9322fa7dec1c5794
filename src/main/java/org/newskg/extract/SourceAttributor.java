package org.newskg.extract;

/**
 * Who the document attributes an event to: the speaker of a reporting verb governing the
 * trigger's clause, "according to X", or a quotation's speaker. Null when the document says it
 * in its own voice.
 */
public interface SourceAttributor {
  Participant sourceOf(TriggerContext context);
}
