package org.newskg.rdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;

/** Reads the ontology folder: the vocabulary file alone, or every Turtle file in it. */
public final class Ontology {
  /** The ontology file proper: classes, properties and the action concepts. */
  public static final String VOCABULARY_FILE = "newskg.ttl";

  private Ontology() {}

  /** The vocabulary and the action concepts, without catalogues that may sit beside them. */
  public static Graph vocabulary(Path ontologyDir) {
    return RDFDataMgr.loadGraph(ontologyDir.resolve(VOCABULARY_FILE).toString());
  }

  /** Every {@code *.ttl} of the folder, merged; files are read in name order. */
  public static Graph all(Path ontologyDir) {
    Graph graph = GraphFactory.createDefaultGraph();
    for (Path file : turtleFiles(ontologyDir)) {
      RDFDataMgr.read(graph, file.toString());
    }
    return graph;
  }

  /** The {@code *.ttl} files of a folder in name order. */
  public static List<Path> turtleFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".ttl")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
