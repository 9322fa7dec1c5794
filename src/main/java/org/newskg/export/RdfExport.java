package org.newskg.export;

import java.io.OutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;

/** Writes the dataset as RDF: quads (TriG, N-Quads, JSON-LD) or the union graph (Turtle). */
final class RdfExport {
  private final PrefixMap prefixes;

  RdfExport(PrefixMap prefixes) {
    this.prefixes = prefixes;
  }

  /** Every named graph; block formats stay fast on big stores. */
  void quads(DatasetGraph dataset, RDFFormat format, OutputStream out) {
    RDFWriterRegistry.getWriterDatasetFactory(format).create(format)
        .write(out, dataset, prefixes, null, new Context());
  }

  /**
   * JSON-LD compacted with the published context's prefixes: Jena's JSON-LD 1.1 writer takes its
   * context from the dataset's own prefixes, so the dataset is wrapped to show ours.
   */
  void jsonld(DatasetGraph dataset, OutputStream out) {
    DatasetGraph withPrefixes = new DatasetGraphWrapper(dataset) {
      @Override
      public PrefixMap prefixes() {
        return prefixes;
      }
    };
    quads(withPrefixes, RDFFormat.JSONLD11_PRETTY, out);
  }

  /** The union of the named graphs as one graph: what the SPARQL endpoint's default graph shows. */
  void union(DatasetGraph dataset, OutputStream out) {
    RDFFormat format = RDFFormat.TURTLE_BLOCKS;
    RDFWriterRegistry.getWriterGraphFactory(format).create(format)
        .write(out, dataset.getUnionGraph(), prefixes, null, new Context());
  }
}
