package org.newskg.pipeline;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.newskg.Home;

/**
 * Whole-process ingest against plain CoreNLP on the same texts and threads, in turn (A B A B …,
 * so a drifting machine hits both alike): {@code newskg ingest} into a new store versus CoreNLP's
 * own command line with {@code tokenize,ssplit,pos,lemma,ner,depparse} and its defaults, writing
 * CoNLL. Prints each pair's wall times and the median ratio CoreNLP / newskg (above 1: newskg is
 * faster). Arguments: TEXTS THREADS [PAIRS [INGEST-OPTION...]], the options passed on to
 * {@code newskg ingest} (e.g. {@code --set nlp.parseOnlyCandidates=false} for the figure
 * without selective parsing). Not a test: see the README, "Ingest speed", for the command.
 */
public final class IngestRatioBenchmark {
  private IngestRatioBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path texts = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<String> ingestOptions = args.length > 3 ? List.of(args).subList(3, args.length) : List.of();
    Path work = Files.createTempDirectory("newskg-ingest-ratio");
    Path fileList = writeFileList(texts, work.resolve("files.txt"));
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      double newskg = seconds(newskgIngest(texts, threads, work.resolve("store-" + i), ingestOptions), work);
      double corenlp = seconds(plainCoreNlp(fileList, threads, work.resolve("conll-" + i)), work);
      ratios.add(corenlp / newskg);
      System.out.printf("pair %d: newskg ingest %.1f s, CoreNLP tokenize..depparse %.1f s, ratio %.2f%n",
          i + 1, newskg, corenlp, corenlp / newskg);
    }
    ratios.sort(Comparator.naturalOrder());
    System.out.printf("median ratio CoreNLP / newskg over %d pairs, %d threads, %s: %.2fx%n", pairs, threads, texts,
        ratios.get(ratios.size() / 2));
  }

  private static List<String> newskgIngest(Path texts, int threads, Path store, List<String> options) {
    List<String> command = new ArrayList<>(List.of(Home.path("newskg").toString(), "ingest", texts.toString(),
        "--store", store.toString(), "--threads", Integer.toString(threads)));
    command.addAll(options);
    return command;
  }

  private static List<String> plainCoreNlp(Path fileList, int threads, Path out) {
    String classPath = Home.path("target").resolve("lib").toString() + File.separator + "*";
    return List.of("java", "-Xmx3g", "-cp", classPath, "edu.stanford.nlp.pipeline.StanfordCoreNLP",
        "-annotators", "tokenize,ssplit,pos,lemma,ner,depparse", "-threads", Integer.toString(threads),
        "-filelist", fileList.toString(), "-outputFormat", "conll", "-outputDirectory", out.toString());
  }

  private static double seconds(List<String> command, Path work) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(work.resolve("last-run.log").toFile()).start();
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IOException(command.get(0) + " exited with " + exit + "; see " + work.resolve("last-run.log"));
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static Path writeFileList(Path texts, Path list) throws IOException {
    try (Stream<Path> files = Files.list(texts)) {
      Files.write(list, files.filter(f -> f.toString().endsWith(".txt")).sorted().map(Path::toString).toList());
    }
    return list;
  }
}
