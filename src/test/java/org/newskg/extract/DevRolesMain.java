package org.newskg.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.newskg.pipeline.Evaluation;
import org.newskg.pipeline.Stages;
import org.newskg.pipeline.StandardStages;

/** Dev-only: the real eval with CoreNLP output cached (args: gold texts events-out). */
final class DevRolesMain {
  public static void main(String[] args) throws Exception {
    Stages standard = StandardStages.create(new Properties());
    Stages cached = new Stages(() -> document -> {
      try {
        return DevCorpus.annotated(document);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, standard.extractor(), standard.resolver(), standard.linker(), standard.builder(), standard.validator());
    Evaluation.Result result = new Evaluation(cached).run(Path.of(args[0]), Path.of(args[1]), null);
    Files.write(Path.of(args[2]), result.eventLines());
    System.out.println(result.scores());
    result.rejections().forEach(System.out::println);
  }
}
