package org.newskg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Exports a dataset in one of {@link #FORMATS} (to a stream) or as Neo4j import files (to a
 * directory). Each export runs in its own read transaction.
 */
public final class Exporter {
  public static final List<String> FORMATS =
      List.of("trig", "nquads", "turtle", "jsonld", "csv", "events", "graphml", "geojson", "neo4j");
  private final DatasetGraph dataset;
  private final RdfExport rdf;

  public Exporter(DatasetGraph dataset, PrefixMap prefixes) {
    this.dataset = dataset;
    this.rdf = new RdfExport(prefixes);
  }

  /** An exporter with the prefixes of the published context in the project home. */
  public static Exporter of(DatasetGraph dataset) {
    return new Exporter(dataset, Prefixes.fromHome());
  }

  /** Writes a stream format; {@code neo4j} writes a directory, see {@link #writeNeo4j}. */
  public void write(String format, OutputStream out) {
    Txn.executeRead(dataset, () -> dispatch(format, out));
  }

  /** Writes nodes.csv and relationships.csv for {@code neo4j-admin database import full}. */
  public void writeNeo4j(Path directory) {
    Txn.executeRead(dataset, () -> Neo4jExport.write(GraphView.read(dataset), directory));
  }

  private void dispatch(String format, OutputStream out) {
    switch (format) {
      case "trig" -> rdf.quads(dataset, RDFFormat.TRIG_BLOCKS, out);
      case "nquads" -> rdf.quads(dataset, RDFFormat.NQUADS, out);
      case "jsonld" -> rdf.jsonld(dataset, out);
      case "turtle" -> rdf.union(dataset, out);
      case "events" -> lines(out, EventRows.read(dataset).stream().map(EventsJsonLines::line).toList());
      case "csv" -> csv(out);
      case "graphml" -> GraphMlExport.write(GraphView.read(dataset), out);
      case "geojson" -> text(out, GeoJsonExport.write(dataset));
      default -> throw new IllegalArgumentException("unknown export format '" + format + "', expected one of "
          + FORMATS.stream().filter(f -> !f.equals("neo4j")).toList());
    }
  }

  private void csv(OutputStream out) {
    List<String> rows = new ArrayList<>(List.of(EventsCsv.HEADER));
    EventRows.read(dataset).forEach(row -> rows.add(EventsCsv.row(row)));
    lines(out, rows);
  }

  private static void lines(OutputStream out, List<String> lines) {
    text(out, lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
  }

  private static void text(OutputStream out, String text) {
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write(text);
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
