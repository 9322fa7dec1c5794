package org.newskg.nlp;

import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The {@code nlp.*} settings and the CoreNLP properties they make. Defaults were chosen by
 * measurement (see README, "Choosing annotators").
 */
public final class NlpSettings {

  public static final String ANNOTATORS = "nlp.annotators";
  public static final String FINE_GRAINED_NER = "nlp.fineGrainedNer";
  public static final String COREF_ALGORITHM = "nlp.corefAlgorithm";
  /** A folder of stored parses ({@link CachedAnnotator}); empty for none. */
  public static final String PARSE_CACHE = "nlp.parseCache";
  // No coref by default: adding it (statistical) left every dev score unchanged, changed 3 of 307
  // participants on the held-out-like set (all three read wrong: "X said it" linked to an earlier
  // organisation), and cost load 11.9 -> 28.2 s, 2.9 -> 7.2 s per document, RSS 2.6 -> 4.3 GB.
  public static final String DEFAULT_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

  private NlpSettings() {}

  /** The annotator these settings describe: CoreNLP, behind a parse cache when one is set. */
  public static TextAnnotator annotator(Properties settings, Supplier<TextAnnotator> coreNlp) {
    String cache = settings.getProperty(PARSE_CACHE, "").trim();
    if (cache.isEmpty()) {
      return coreNlp.get();
    }
    return new CachedAnnotator(coreNlp, Path.of(cache),
        new TreeMap<>(corenlpProperties(settings)).toString());
  }

  /** CoreNLP properties for these newskg settings. */
  public static Properties corenlpProperties(Properties settings) {
    Properties p = new Properties();
    p.setProperty("annotators", settings.getProperty(ANNOTATORS, DEFAULT_ANNOTATORS));
    p.setProperty("ner.applyFineGrained", settings.getProperty(FINE_GRAINED_NER, "false"));
    // Statistical NER's own KBP/regexner extras cost load time and add little to event roles.
    p.setProperty("ner.buildEntityMentions", "true");
    // A blank line ends a sentence: headings and infobox lines never run into prose.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
    // Statistical coref is the one that runs on depparse alone (neural needs the constituency parser).
    p.setProperty("coref.algorithm", settings.getProperty(COREF_ALGORITHM, "statistical"));
    return p;
  }
}
