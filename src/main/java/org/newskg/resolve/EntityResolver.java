package org.newskg.resolve;

import java.util.List;
import org.newskg.extract.EventMention;
import org.newskg.nlp.AnnotatedDocument;

/**
 * Gives every participant of a document's mentions its canonical {@link
 * org.newskg.extract.Entity}: places through the gazetteer, actors through the actor catalogue,
 * pronouns and definite descriptions through the document's coreference. Requires extracted
 * mentions; produces the same mentions with every participant resolved (never null entity).
 */
public interface EntityResolver {
  List<EventMention> resolve(AnnotatedDocument document, List<EventMention> mentions);
}
