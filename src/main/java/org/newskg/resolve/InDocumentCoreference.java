package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newskg.ingest.Span;

/**
 * Cheap in-document coreference: a pronoun or definite description refers to the nearest
 * preceding antecedent of a compatible kind ("the city" → the last populated place named before
 * it), except that a pronoun in a preposed adjunct points forward to its own sentence's main
 * clause ("After its troops left, Russia said ..."). Stands in for CoreNLP's coref, which costs
 * tens of seconds to load and seconds per document.
 */
final class InDocumentCoreference {

  // Words that open a sentence-initial adjunct ahead of the main clause.
  private static final Set<String> ADJUNCT_OPENERS = Set.of("in", "after", "before", "during", "despite", "following",
      "while", "when", "since", "although", "though", "upon", "on", "with", "amid", "by", "as", "unlike", "like");

  private final List<Antecedent> antecedents;
  private final String text;
  private final List<Span> sentences;
  private CorefChainAntecedents chains;

  InDocumentCoreference(List<Antecedent> antecedents) {
    this(antecedents, "", List.of());
  }

  /** With the document's text and sentence spans, for forward reference within a sentence. */
  InDocumentCoreference(List<Antecedent> antecedents, String text, List<Span> sentences) {
    this.antecedents = new ArrayList<>(antecedents);
    this.antecedents.sort(Comparator.comparingInt(Antecedent::begin));
    this.text = text;
    this.sentences = sentences;
  }

  /** The main clause's antecedent for a pronoun in a preposed adjunct, else the nearest one before {@code begin}. */
  Optional<Antecedent> resolve(Anaphor anaphor, int begin) {
    return forward(anaphor, begin).or(() -> backward(anaphor, begin));
  }

  /**
   * A definite description ("the ministry") takes the nearest earlier name whose own head is
   * that noun ("the Ministry of Defence" over a nearer "the Foreign Office"), else the nearest
   * compatible one like a pronoun.
   */
  Optional<Antecedent> resolve(Anaphor anaphor, String mention, int begin) {
    Optional<String> head = Anaphor.descriptionHead(mention);
    Optional<Antecedent> chained = chains == null ? Optional.empty() : chains.resolve(anaphor, begin);
    return chained.or(() -> head.flatMap(noun -> backward(anaphor.and(a -> a.isNamedWith(noun)), begin)))
        .or(() -> resolve(anaphor, begin));
  }

  /** Consults CoreNLP's chains before the nearest-antecedent rules (they are empty without coref). */
  InDocumentCoreference withChains(CorefChainAntecedents chains) {
    this.chains = chains;
    return this;
  }

  /** The nearest earlier name that a qualified description fits, if any. */
  Optional<Antecedent> resolve(QualifiedDescription description, int begin) {
    return backward(description::accepts, begin);
  }

  private Optional<Antecedent> backward(Anaphor anaphor, int begin) {
    return backward((Predicate<Antecedent>) anaphor::accepts, begin);
  }

  private Optional<Antecedent> backward(Predicate<Antecedent> anaphor, int begin) {
    Antecedent nearest = null;
    for (Antecedent candidate : antecedents) {
      if (candidate.begin() >= begin) {
        break;
      }
      if (anaphor.test(candidate)) {
        nearest = candidate;
      }
    }
    return Optional.ofNullable(nearest);
  }

  /**
   * "In response to the withdrawal of its forces, the government said": the pronoun sits before
   * the sentence's first comma in an adjunct that opens the sentence, nothing compatible precedes
   * it there, so it takes the first compatible name after that comma.
   */
  // A heading glued to the sentence by the splitter is cut off at its line break.
  private Optional<Antecedent> forward(Anaphor anaphor, int begin) {
    Optional<Span> sentence = sentences.stream().filter(s -> s.begin() <= begin && begin < s.end()).findFirst()
        .map(s -> new Span(Math.max(s.begin(), text.lastIndexOf('\n', begin) + 1), s.end()));
    if (sentence.isEmpty() || !opensWithAdjunct(sentence.get())) {
      return Optional.empty();
    }
    int comma = text.indexOf(',', sentence.get().begin());
    if (comma < begin || comma >= sentence.get().end() || within(anaphor, sentence.get().begin(), begin).isPresent()) {
      return Optional.empty();
    }
    return within(anaphor, comma, sentence.get().end());
  }

  private boolean opensWithAdjunct(Span sentence) {
    String first = text.substring(sentence.begin(), sentence.end()).strip().split("\\W+", 2)[0];
    return ADJUNCT_OPENERS.contains(first.toLowerCase(Locale.ROOT));
  }

  private Optional<Antecedent> within(Anaphor anaphor, int from, int to) {
    return antecedents.stream().filter(a -> a.begin() >= from && a.begin() < to && anaphor.accepts(a)).findFirst();
  }
}
