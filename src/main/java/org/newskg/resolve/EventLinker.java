package org.newskg.resolve;

import java.util.List;
import org.newskg.extract.EventMention;

/**
 * Names the real-world event each resolved mention refers to, so that mentions of one event, in
 * one document or several, share an event key. Deterministic: the same mentions always get the
 * same keys, whatever else is stored.
 */
public interface EventLinker {
  List<EventMention> link(List<EventMention> resolvedMentions);
}
