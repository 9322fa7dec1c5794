package org.newskg.export;

import java.io.OutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
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

  /** The union of the named graphs as one graph: what the SPARQL endpoint's default graph shows. */
  void union(DatasetGraph dataset, OutputStream out) {
    RDFFormat format = RDFFormat.TURTLE_BLOCKS;
    RDFWriterRegistry.getWriterGraphFactory(format).create(format)
        .write(out, dataset.getUnionGraph(), prefixes, null, new Context());
  }
}
