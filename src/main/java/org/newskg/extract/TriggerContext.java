package org.newskg.extract;

import org.newskg.nlp.AnnotatedDocument;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/** Where a trigger stands: its document, its sentence and the trigger's head token. */
public record TriggerContext(AnnotatedDocument document, Sentence sentence, Token trigger) {}
