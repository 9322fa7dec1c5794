package org.newskg.extract;

/**
 * Dates an event as a reader would: from time expressions governed by or near the trigger,
 * against the published date and the dates of the text before it. Returns null when neither the
 * text nor the metadata tell.
 */
public interface DateResolver {
  EventDate dateOf(TriggerContext context);
}
