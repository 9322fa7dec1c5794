package org.newskg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.newskg.Home;

/** The canned queries: every {@code *.rq} directly in a folder ({@code checks/} is not part of it), by name. */
public final class QueryLibrary {
  private static final String SUFFIX = ".rq";
  private final List<CannedQuery> queries;

  private QueryLibrary(List<CannedQuery> queries) {
    this.queries = List.copyOf(queries);
  }

  /** The project's library, {@code queries/} under the project home. */
  public static QueryLibrary standard() {
    return load(Home.path("queries"));
  }

  /** The queries in this folder, sorted by name; a malformed file is a {@link CannedQueryException}. */
  public static QueryLibrary load(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return new QueryLibrary(
          files
              .filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(SUFFIX))
              .sorted()
              .map(QueryLibrary::read)
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list canned queries in " + folder, e);
    }
  }

  /** Reads one query file; its name is the file name without {@code .rq}. */
  public static CannedQuery read(Path file) {
    String fileName = file.getFileName().toString();
    String name = fileName.substring(0, fileName.length() - SUFFIX.length());
    try {
      return QueryFileParser.parse(name, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public List<CannedQuery> all() {
    return queries;
  }

  public Optional<CannedQuery> find(String name) {
    return queries.stream().filter(q -> q.name().equals(name)).findFirst();
  }

  /** The query with this name, or an {@link UnknownQueryException}. */
  public CannedQuery get(String name) {
    return find(name).orElseThrow(() -> new UnknownQueryException(name));
  }
}
