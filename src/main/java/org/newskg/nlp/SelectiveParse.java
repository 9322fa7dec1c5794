package org.newskg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * The dependency parse of the sentences a {@link ParseSelection} picks: they are handed to the
 * parser as a document of their own, which annotates the same sentence objects in place.
 */
final class SelectiveParse {
  private final StanfordCoreNLP parser;
  private final ParseSelection selection;

  SelectiveParse(Properties parseOnly, ParseSelection selection) {
    this.parser = new StanfordCoreNLP(parseOnly);
    this.selection = selection;
  }

  void annotate(Annotation document, Function<CoreLabel, Token> toToken) {
    List<CoreMap> picked = document.get(CoreAnnotations.SentencesAnnotation.class).stream()
        .filter(s -> selection.needsParse(s.get(CoreAnnotations.TokensAnnotation.class).stream().map(toToken).toList()))
        .toList();
    if (!picked.isEmpty()) {
      Annotation part = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
      part.set(CoreAnnotations.SentencesAnnotation.class, picked);
      parser.annotate(part);
    }
  }
}
