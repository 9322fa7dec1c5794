package org.newskg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The {@code --out} folder of a Spark run: {@code quads/} holds the N-Quads shards (Spark's
 * {@code part-NNNNN} files, one per partition), {@code rejects.txt} one line per rejected input,
 * as a local ingest words it. Any file system Spark writes to (a local or shared folder, hdfs://).
 */
final class OutputFolder {
  static final String SHARDS = "quads";
  static final String REJECTS = "rejects.txt";
  private final Path root;
  private final FileSystem fileSystem;

  private OutputFolder(Path root, FileSystem fileSystem) {
    this.root = root;
    this.fileSystem = fileSystem;
  }

  /** The folder at {@code location} (a path or a URI); refuses one that already holds shards. */
  static OutputFolder at(String location, Configuration hadoop) throws IOException {
    URI uri = URI.create(location);
    Path root = uri.getScheme() == null ? new Path(new java.io.File(location).getAbsoluteFile().toURI()) : new Path(uri);
    OutputFolder folder = new OutputFolder(root, root.getFileSystem(hadoop));
    if (folder.fileSystem.exists(new Path(root, SHARDS))) {
      throw new IllegalArgumentException(location + " already holds shards (" + SHARDS + "/): choose a new --out");
    }
    return folder;
  }

  String shards() {
    return new Path(root, SHARDS).toString();
  }

  String rejects() {
    return new Path(root, REJECTS).toString();
  }

  void writeRejects(List<String> lines) throws IOException {
    try (OutputStream out = fileSystem.create(new Path(root, REJECTS), true)) {
      for (String line : lines) {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
