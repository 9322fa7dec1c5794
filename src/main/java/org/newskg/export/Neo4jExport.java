package org.newskg.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code nodes.csv} and {@code relationships.csv} with the headers of
 * {@code neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv}.
 */
final class Neo4jExport {
  static final String NODES_HEADER = "iri:ID,label,kind,:LABEL";
  static final String RELATIONSHIPS_HEADER = ":START_ID,:END_ID,:TYPE";

  private Neo4jExport() {}

  static void write(GraphView view, Path directory) {
    List<String> nodes = new ArrayList<>(List.of(NODES_HEADER));
    view.nodes().forEach(n -> nodes.add(csv(n.iri(), n.label(), n.kind(), capitalised(n.kind()))));
    List<String> relationships = new ArrayList<>(List.of(RELATIONSHIPS_HEADER));
    view.edges().forEach(e -> relationships.add(csv(e.source(), e.target(), relationshipType(e.type()))));
    writeLines(directory.resolve("nodes.csv"), nodes);
    writeLines(directory.resolve("relationships.csv"), relationships);
  }

  /** mentionedIn becomes MENTIONED_IN, Neo4j's convention for relationship types. */
  static String relationshipType(String type) {
    return type.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  private static String capitalised(String kind) {
    return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
  }

  private static String csv(String... fields) {
    return String.join(",", java.util.Arrays.stream(fields).map(EventsCsv::field).toList());
  }

  private static void writeLines(Path file, List<String> lines) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
