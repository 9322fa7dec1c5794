package org.newskg.nlp;

import java.util.List;
import org.newskg.ingest.Document;

/** A document with its linguistic annotation; {@code corefChains} is empty without coref. */
public record AnnotatedDocument(Document document, List<Sentence> sentences, List<CorefChain> corefChains) {}
