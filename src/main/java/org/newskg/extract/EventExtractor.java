package org.newskg.extract;

import java.util.List;
import org.newskg.nlp.AnnotatedDocument;

/**
 * Finds the events of a document. Requires tokens with lemmas, POS, NER with normalised times
 * and dependencies; produces unresolved {@link EventMention}s in text order, with trigger and
 * evidence spans inside the document text.
 */
public interface EventExtractor {
  List<EventMention> extract(AnnotatedDocument document);
}
