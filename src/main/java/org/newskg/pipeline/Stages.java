package org.newskg.pipeline;

import java.util.function.Supplier;
import org.newskg.extract.EventExtractor;
import org.newskg.nlp.TextAnnotator;
import org.newskg.rdf.DocumentGraphBuilder;
import org.newskg.resolve.EntityResolver;
import org.newskg.resolve.EventLinker;
import org.newskg.validate.GraphValidator;

/**
 * The stages from text to a validated graph, in flow order. The annotator is a supplier so that
 * CoreNLP is loaded only when some document actually needs reading.
 */
public record Stages(
    Supplier<TextAnnotator> annotator,
    EventExtractor extractor,
    EntityResolver resolver,
    EventLinker linker,
    DocumentGraphBuilder builder,
    GraphValidator validator) {}
