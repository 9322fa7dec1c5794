package org.newskg.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Reads N-Quads shards ({@code newskg spark} output: Spark's {@code part-NNNNN} files, or any
 * {@code .nq} / {@code .nq.gz} files; {@code .gz} ones are gunzipped) and hands on one {@link ShardGraph} per run of quads of one
 * named graph, so a document's graph is seen whole without holding a shard in memory.
 */
public final class ShardReader {
  private ShardReader() {}

  /** The shard files of {@code dir} (or {@code dir} itself if it is a file), sorted; hidden and {@code _SUCCESS} files left out. */
  public static List<Path> shards(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of(dir);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).filter(ShardReader::isShard).sorted().toList();
    }
  }

  private static boolean isShard(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith("part-") || name.endsWith(".nq") || name.endsWith(".nq.gz");
  }

  /** Reads every shard in order; a syntax error stops with a {@link ShardException} naming the file and line. */
  public static void read(List<Path> shards, Consumer<ShardGraph> sink) {
    for (Path shard : shards) {
      Grouping grouping = new Grouping(shard, sink);
      try (InputStream in = open(shard)) {
        RDFParser.source(in).forceLang(Lang.NQUADS)
            .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(grouping);
      } catch (IOException | RiotException | RuntimeIOException e) {
        throw new ShardException(shard + ": " + e.getMessage(), e);
      }
      grouping.flush();
    }
  }

  // Spark's compressed text output is part-NNNNN.gz: the name says gzip, not the syntax.
  private static InputStream open(Path shard) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(shard), 1 << 16);
    return shard.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /** Collects consecutive quads of one graph and passes the run on when the graph changes. */
  private static final class Grouping extends StreamRDFBase {
    private final Path shard;
    private final Consumer<ShardGraph> sink;
    private final List<Quad> run = new ArrayList<>();
    private Node graph;

    Grouping(Path shard, Consumer<ShardGraph> sink) {
      this.shard = shard;
      this.sink = sink;
    }

    @Override
    public void quad(Quad quad) {
      if (graph != null && !graph.equals(quad.getGraph())) {
        flush();
      }
      graph = quad.getGraph();
      run.add(quad);
    }

    void flush() {
      if (!run.isEmpty()) {
        sink.accept(new ShardGraph(graph, run, shard));
        run.clear();
      }
    }
  }

  /** A shard that cannot be read: the message names the file and, for bad syntax, the line. */
  public static final class ShardException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ShardException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
