package org.newskg.nlp;

import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeMap;

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
  /** Parse only the sentences a {@link ParseSelection} asks for (when depparse is the last annotator). */
  public static final String PARSE_ONLY_CANDIDATES = "nlp.parseOnlyCandidates";
  static final String DEPPARSE = "depparse";
  // No coref by default: adding it (statistical) left every dev score unchanged, changed 3 of 307
  // participants on the held-out-like set (all three read wrong: "X said it" linked to an earlier
  // organisation), and cost load 11.9 -> 28.2 s, 2.9 -> 7.2 s per document, RSS 2.6 -> 4.3 GB.
  public static final String DEFAULT_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

  private NlpSettings() {}

  /**
   * The annotator these settings describe: CoreNLP parsing the sentences {@code selection} picks,
   * or, behind a parse cache when one is set, CoreNLP parsing every sentence (a stored parse must
   * not depend on the trigger lexicon of the run that stored it).
   */
  public static TextAnnotator annotator(Properties settings, ParseSelection selection) {
    String cache = settings.getProperty(PARSE_CACHE, "").trim();
    if (cache.isEmpty()) {
      return new CoreNlpAnnotator(settings, selection);
    }
    return new CachedAnnotator(() -> new CoreNlpAnnotator(settings, ParseSelection.ALL), Path.of(cache),
        new TreeMap<>(corenlpProperties(settings)).toString());
  }

  /**
   * Whether the parse runs apart, on selected sentences: asked for, and depparse is the last
   * annotator (coreference, for one, needs every sentence parsed).
   */
  public static boolean parsesSelectedSentences(Properties settings) {
    String annotators = settings.getProperty(ANNOTATORS, DEFAULT_ANNOTATORS).replace(" ", "");
    return Boolean.parseBoolean(settings.getProperty(PARSE_ONLY_CANDIDATES, "false").trim())
        && annotators.endsWith("," + DEPPARSE);
  }

  /** CoreNLP properties for the annotators before the parse, when the parse runs apart. */
  static Properties beforeParse(Properties settings) {
    Properties p = corenlpProperties(settings);
    String annotators = p.getProperty("annotators").replace(" ", "");
    p.setProperty("annotators", annotators.substring(0, annotators.length() - DEPPARSE.length() - 1));
    return p;
  }

  /** CoreNLP properties for the parse alone, run on sentences already tagged. */
  static Properties parseOnly(Properties settings) {
    Properties p = corenlpProperties(settings);
    p.setProperty("annotators", DEPPARSE);
    p.setProperty("enforceRequirements", "false");
    return p;
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
