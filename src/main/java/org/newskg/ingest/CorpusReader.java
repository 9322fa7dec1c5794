package org.newskg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the paths a user names — {@code NAME.txt} (with optional {@code NAME.meta.json}),
 * {@code *.jsonl} corpora and directories of both — into documents. Requires nothing; produces
 * every good document and one {@link Rejection} per bad input, and never throws for bad input.
 */
public final class CorpusReader {

  /** Reads {@code paths} in order, collecting documents and rejections. */
  public ReadResult read(List<Path> paths) {
    List<Document> documents = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    read(paths, new CorpusSink() {
      @Override
      public void accept(Document document) {
        documents.add(document);
      }

      @Override
      public void reject(Rejection rejection) {
        rejections.add(rejection);
      }
    });
    return new ReadResult(documents, rejections);
  }

  /** Reads {@code paths} in order, handing each document or rejection to {@code sink} as it is read. */
  public void read(List<Path> paths, CorpusSink sink) {
    CorpusSink unique = new UniqueIds(sink);
    for (Path path : paths) {
      readPath(path, unique);
    }
  }

  private void readPath(Path path, CorpusSink sink) {
    try {
      if (!Files.exists(path)) {
        sink.reject(new Rejection(path.toString(), "no such file or directory"));
      } else if (Files.isDirectory(path)) {
        readDirectory(path, sink);
      } else {
        readFile(path, sink);
      }
    } catch (IOException | UncheckedIOException e) {
      sink.reject(new Rejection(path.toString(), "cannot read: " + e.getMessage()));
    }
  }

  private void readDirectory(Path dir, CorpusSink sink) throws IOException {
    for (Path file : documentFiles(dir)) {
      readPath(file, sink);
    }
  }

  private void readFile(Path file, CorpusSink sink) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(JsonlReader.EXTENSION)) {
      JsonlReader.read(file, sink);
    } else if (name.endsWith(TextFileReader.TEXT)) {
      TextFileReader.read(file, sink);
    } else {
      sink.reject(new Rejection(file.toString(), "not a .txt or .jsonl file"));
    }
  }

  /**
   * The paths a user names with each directory replaced by its document files, in the order
   * {@link #read} reads them; anything else (a file, a missing path, a directory that cannot be
   * listed) stays as named, so reading it one by one reports exactly what reading them all would.
   * Lets a distributed reader (Spark) read file by file.
   */
  public static List<Path> inputFiles(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      try {
        files.addAll(Files.isDirectory(path) ? documentFiles(path) : List.of(path));
      } catch (IOException | UncheckedIOException e) {
        files.add(path);
      }
    }
    return files;
  }

  /** The .txt and .jsonl files below {@code dir}, sorted so every run reads them in one order. */
  static List<Path> documentFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> !isHidden(dir.relativize(f)))
          .filter(CorpusReader::isDocumentFile)
          .sorted()
          .toList();
    }
  }

  private static boolean isDocumentFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(TextFileReader.TEXT) || name.endsWith(JsonlReader.EXTENSION);
  }

  // Editor backups and version-control folders are not part of a corpus.
  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
