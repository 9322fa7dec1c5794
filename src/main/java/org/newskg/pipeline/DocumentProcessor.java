package org.newskg.pipeline;

import java.util.List;
import org.newskg.extract.EventMention;
import org.newskg.ingest.Document;
import org.newskg.ingest.Rejection;
import org.newskg.nlp.AnnotatedDocument;
import org.newskg.rdf.DocumentGraph;
import org.newskg.validate.Violation;

/** Runs one document through the stages: a conforming graph, or the reason there is none. */
final class DocumentProcessor {
  private final Stages stages;

  DocumentProcessor(Stages stages) {
    this.stages = stages;
  }

  /** Never throws for a bad document: a failure becomes a rejection naming it. */
  Outcome process(Document document) {
    try {
      return validated(document, build(document));
    } catch (RuntimeException e) {
      return Outcome.rejected(new Rejection(document.origin(), "internal error: " + e));
    }
  }

  private DocumentGraph build(Document document) {
    AnnotatedDocument annotated = stages.annotator().get().annotate(document);
    List<EventMention> mentions = stages.extractor().extract(annotated);
    List<EventMention> resolved = stages.resolver().resolve(annotated, mentions);
    return stages.builder().build(document, stages.linker().link(resolved));
  }

  private Outcome validated(Document document, DocumentGraph graph) {
    List<Violation> violations = stages.validator().validate(graph.graph());
    if (violations.isEmpty()) {
      return Outcome.stored(graph);
    }
    return Outcome.rejected(
        new Rejection(document.origin(), "graph does not conform to shapes/: " + violations), violations);
  }

  /** A graph to store, or a rejection with the shape violations (if that was the reason). */
  record Outcome(DocumentGraph graph, Rejection rejection, List<Violation> violations) {
    static Outcome stored(DocumentGraph graph) {
      return new Outcome(graph, null, List.of());
    }

    static Outcome rejected(Rejection rejection) {
      return new Outcome(null, rejection, List.of());
    }

    static Outcome rejected(Rejection rejection, List<Violation> violations) {
      return new Outcome(null, rejection, violations);
    }
  }
}
