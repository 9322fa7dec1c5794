package org.newskg.extract;

import java.nio.file.Path;

/** Dev-only: extracts from a cached corpus into target/dev-events.jsonl (args: folder [handwritten]). */
final class DevExtractMain {
  public static void main(String[] args) throws Exception {
    var docs = DevCorpus.load(Path.of(args[0]));
    long t0 = System.nanoTime();
    EventExtractor x = args.length > 1
        ? DependencyEventExtractor.handWritten(null, null, null, null)
        : DependencyEventExtractor.create(null, null, null, null);
    long t1 = System.nanoTime();
    DevEvents.write(Path.of("target", "dev-events.jsonl"), docs, x);
    long t2 = System.nanoTime();
    System.out.printf("extractor load %d ms, extraction %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
  }
}
