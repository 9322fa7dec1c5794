package org.newskg.nlp;

import org.newskg.ingest.Document;

/**
 * Turns a document's text into sentences, tokens, entities, normalised times and dependencies.
 * Requires the document's published date (if any) to anchor relative times; produces an
 * {@link AnnotatedDocument} whose offsets index the document text exactly.
 */
public interface TextAnnotator {
  AnnotatedDocument annotate(Document document);
}
