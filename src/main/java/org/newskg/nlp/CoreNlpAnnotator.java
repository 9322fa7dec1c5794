package org.newskg.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.newskg.ingest.Document;

/**
 * {@link TextAnnotator} backed by Stanford CoreNLP. The pipeline is costly to build (seconds to
 * tens of seconds), so build one per process and share it; {@link #annotate} is thread-safe.
 * With {@code nlp.parseOnlyCandidates}, the dependency parse runs after the other annotators and
 * only on the sentences a {@link ParseSelection} picks; the others keep no dependencies.
 */
public final class CoreNlpAnnotator implements TextAnnotator {

  private final StanfordCoreNLP pipeline;
  private final SelectiveParse selectiveParse;

  public CoreNlpAnnotator(Properties settings) {
    this(settings, ParseSelection.ALL);
  }

  public CoreNlpAnnotator(Properties settings, ParseSelection selection) {
    boolean apart = NlpSettings.parsesSelectedSentences(settings);
    this.pipeline = new StanfordCoreNLP(apart ? NlpSettings.beforeParse(settings) : NlpSettings.corenlpProperties(settings));
    this.selectiveParse = apart ? new SelectiveParse(NlpSettings.parseOnly(settings), selection) : null;
  }

  @Override
  public AnnotatedDocument annotate(Document document) {
    Annotation annotation = new Annotation(document.text());
    if (document.metadata().published() != null) {
      // Anchors SUTime: "last Wednesday" resolves against the published date.
      annotation.set(CoreAnnotations.DocDateAnnotation.class, document.metadata().published().toString());
    }
    pipeline.annotate(annotation);
    if (selectiveParse != null) {
      selectiveParse.annotate(annotation, CoreNlpAnnotator::toToken);
    }
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(toSentence(sentences.size(), sentence));
    }
    return new AnnotatedDocument(document, sentences, corefChains(annotation));
  }

  /** The coref annotator's chains of two or more mentions; none when it is not configured. */
  private static List<CorefChain> corefChains(Annotation annotation) {
    Map<Integer, edu.stanford.nlp.coref.data.CorefChain> chains =
        annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
    if (chains == null) {
      return List.of();
    }
    return chains.values().stream().filter(c -> c.getMentionsInTextualOrder().size() > 1)
        .map(CoreNlpAnnotator::toChain).toList();
  }

  private static CorefChain toChain(edu.stanford.nlp.coref.data.CorefChain chain) {
    return new CorefChain(toMention(chain.getRepresentativeMention()),
        chain.getMentionsInTextualOrder().stream().map(CoreNlpAnnotator::toMention).toList());
  }

  // CoreNLP counts sentences from 1, our Sentence.index() from 0; token indexes are 1-based in both.
  private static CorefMention toMention(edu.stanford.nlp.coref.data.CorefChain.CorefMention mention) {
    return new CorefMention(mention.sentNum - 1, mention.startIndex, mention.endIndex, mention.mentionSpan);
  }

  private static Sentence toSentence(int index, CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel label : labels) {
      tokens.add(toToken(label));
    }
    return new Sentence(
        index,
        sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
        tokens,
        dependencies(sentence));
  }

  static Token toToken(CoreLabel label) {
    return new Token(
        label.index(),
        label.word(),
        label.lemma(),
        label.tag(),
        label.ner() == null ? "O" : label.ner(),
        label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
        label.beginPosition(),
        label.endPosition());
  }

  private static List<Dependency> dependencies(CoreMap sentence) {
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null) {
      return List.of();
    }
    List<Dependency> dependencies = new ArrayList<>();
    graph.getRoots().forEach(root -> dependencies.add(new Dependency("root", 0, root.index())));
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      dependencies.add(
          new Dependency(edge.getRelation().toString(), edge.getGovernor().index(), edge.getDependent().index()));
    }
    // In token order, as a stored parse (ParseFile) gives them back: the same parse reads the same.
    dependencies.sort(Comparator.comparingInt(Dependency::dependent));
    return dependencies;
  }
}
