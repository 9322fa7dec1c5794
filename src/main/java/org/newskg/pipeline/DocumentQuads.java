package org.newskg.pipeline;

import java.util.List;
import org.newskg.ingest.Document;
import org.newskg.ingest.Rejection;
import org.newskg.pipeline.DocumentProcessor.Outcome;
import org.newskg.rdf.NQuadLines;

/**
 * The document work of an ingest as a pure function, for engines that distribute it (Spark): one
 * document in, its validated graph as N-Quads lines (or the rejection a local ingest would report)
 * out. It reads no store and no other document, so a document gives the same lines wherever and
 * in whatever order it is processed.
 */
public final class DocumentQuads {
  private final DocumentProcessor processor;

  public DocumentQuads(Stages stages) {
    this.processor = new DocumentProcessor(stages);
  }

  /** Never throws for a bad document: a failure becomes a rejection naming it. */
  public Result apply(Document document) {
    Outcome outcome = processor.process(document);
    if (outcome.rejection() != null) {
      return new Result(document.id(), List.of(), 0, outcome.rejection());
    }
    return new Result(document.id(), NQuadLines.of(outcome.graph()), MentionCount.of(outcome.graph().graph()), null);
  }

  /** The graph's lines and its number of event mentions, or (with no lines) the rejection. */
  public record Result(String docId, List<String> nquads, int mentions, Rejection rejection) {
    public boolean stored() {
      return rejection == null;
    }
  }
}
