package org.newskg.rdf;

import static org.newskg.rdf.TripleSink.date;
import static org.newskg.rdf.TripleSink.iri;
import static org.newskg.rdf.TripleSink.text;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.newskg.ingest.Document;
import org.newskg.ingest.DocumentMetadata;

/** Writes the document node: its text, metadata and content hash. */
final class DocumentTriples {
  private final TripleSink sink;

  DocumentTriples(TripleSink sink) {
    this.sink = sink;
  }

  void write(Document document, String contentHash) {
    Node doc = iri(Iris.document(document.id()));
    sink.types(doc, NKG.Document, NIF.Context, PROVO.Entity);
    sink.add(doc, DCTerms.identifier, text(document.id()));
    sink.add(doc, NIF.isString, text(document.text()));
    sink.add(doc, NKG.contentHash, text(contentHash));
    writeMetadata(doc, document.metadata() == null ? DocumentMetadata.NONE : document.metadata());
  }

  private void writeMetadata(Node doc, DocumentMetadata metadata) {
    sink.addIfPresent(doc, DCTerms.title, metadata.title());
    sink.addIfPresent(doc, DCTerms.publisher, metadata.publisher());
    if (metadata.published() != null) {
      sink.add(doc, DCTerms.issued, date(metadata.published()));
    }
    if (metadata.url() != null && metadata.url().matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
      sink.add(doc, DCTerms.source, iri(metadata.url()));
    }
    // The pipeline reads English; a document that says nothing is taken to be English.
    sink.add(doc, DCTerms.language, text(metadata.language() == null ? "en" : metadata.language()));
  }
}
