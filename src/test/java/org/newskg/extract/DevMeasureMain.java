package org.newskg.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.newskg.ingest.CorpusReader;
import org.newskg.ingest.Document;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.nlp.NlpSettings;

/** Dev-only: load and per-document annotation time of one annotator setting (args: folder annotators fineGrained). */
final class DevMeasureMain {
  public static void main(String[] args) throws Exception {
    Properties p = new Properties();
    p.setProperty(NlpSettings.ANNOTATORS, args[1]);
    p.setProperty(NlpSettings.FINE_GRAINED_NER, args[2]);
    long t0 = System.nanoTime();
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(p);
    long load = (System.nanoTime() - t0) / 1_000_000;
    StringBuilder out = new StringBuilder();
    for (Document doc : new CorpusReader().read(List.of(Path.of(args[0]))).documents()) {
      annotator.annotate(doc);
      long t1 = System.nanoTime();
      annotator.annotate(doc);
      out.append(String.format(" %s(%d chars)=%d ms", doc.id(), doc.text().length(), (System.nanoTime() - t1) / 1_000_000));
    }
    System.out.printf("MEASURE annotators=%s fineGrained=%s load=%d ms warm:%s%n", args[1], args[2], load, out);
  }
}
