package org.newskg.extract.context;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.TextLayout;
import org.newskg.nlp.AnnotatedDocument;

/**
 * What every trigger of one document shares: its layout, its resolved dates and its quotations.
 * Built once per document and reused by the resolvers of that document's triggers.
 */
final class DocumentContext {

  private static final Object LOCK = new Object();
  private static DocumentContext last;

  private final AnnotatedDocument document;
  private final TextLayout layout;
  private final DocumentTimes times;
  private final Quotations quotations;
  private final List<SentenceGraph> graphs = new ArrayList<>();

  private DocumentContext(AnnotatedDocument document) {
    this.document = document;
    this.layout = TextLayout.of(document.document().text());
    this.times = new DocumentTimes(document, layout);
    this.quotations = new Quotations(document.document().text());
    document.sentences().forEach(s -> graphs.add(new SentenceGraph(s)));
  }

  /** The context of this document, reusing the last one built when it is for the same document. */
  static DocumentContext of(AnnotatedDocument document) {
    synchronized (LOCK) {
      if (last == null || last.document != document) {
        last = new DocumentContext(document);
      }
      return last;
    }
  }

  AnnotatedDocument document() {
    return document;
  }

  TextLayout layout() {
    return layout;
  }

  DocumentTimes times() {
    return times;
  }

  Quotations quotations() {
    return quotations;
  }

  SentenceGraph graph(int sentenceIndex) {
    return graphs.get(sentenceIndex);
  }
}
