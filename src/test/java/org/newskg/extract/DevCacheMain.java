package org.newskg.extract;

import java.nio.file.Path;

/** Dev-only: fills the annotation cache for a folder. */
final class DevCacheMain {
  public static void main(String[] args) throws Exception {
    DevCorpus.load(Path.of(args[0])).forEach(d -> System.out.println(d.document().id() + " " + d.sentences().size()));
  }
}
