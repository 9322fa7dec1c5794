package org.newskg.pipeline;

import java.util.Properties;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.newskg.extract.CandidateSentences;
import org.newskg.extract.DependencyEventExtractor;
import org.newskg.extract.EventExtractor;
import org.newskg.extract.TriggerLexicon;
import org.newskg.extract.WordNetLexicon;
import org.newskg.extract.context.ClauseModalityDetector;
import org.newskg.extract.context.NumericQuantityFinder;
import org.newskg.extract.context.ReaderDateResolver;
import org.newskg.extract.context.ReportingSourceAttributor;
import org.newskg.nlp.NlpSettings;
import org.newskg.nlp.ParseSelection;
import org.newskg.nlp.TextAnnotator;
import org.newskg.rdf.EventGraphBuilder;
import org.newskg.resolve.DefaultEntityResolver;
import org.newskg.resolve.GazetteerPlaceResolver;
import org.newskg.resolve.KeyEventLinker;
import org.newskg.validate.ShaclGraphValidator;

/** The default stages of newskg, built from settings. */
public final class StandardStages {
  private StandardStages() {}

  /**
   * CoreNLP and WordNet are loaded on first use (only when a document needs reading), once per
   * process: re-ingesting unchanged documents, as {@code up} does on every start, loads neither.
   */
  public static Stages create(Properties settings) {
    Supplier<WordNetLexicon> wordNet = once(WordNetLexicon::load);
    Supplier<TriggerLexicon> lexicon = once(() -> TriggerLexicon.withWordNet(wordNet.get()));
    Supplier<EventExtractor> extractor = once(() -> extractor(wordNet.get(), lexicon.get()));
    // The parse goes to the sentences the extractor's own trigger lexicon could read an event from.
    Supplier<ParseSelection> candidates = once(() -> new CandidateSentences(lexicon.get()));
    return new Stages(
        once(() -> NlpSettings.annotator(settings, tokens -> candidates.get().needsParse(tokens))),
        document -> extractor.get().extract(document),
        new DefaultEntityResolver(),
        new KeyEventLinker(),
        new EventGraphBuilder(),
        ShaclGraphValidator.fromHome());
  }

  private static EventExtractor extractor(WordNetLexicon wordNet, TriggerLexicon lexicon) {
    return DependencyEventExtractor.create(
        new ReaderDateResolver(), new ReportingSourceAttributor(),
        new ClauseModalityDetector(), new NumericQuantityFinder(), knownDivisions(), wordNet, lexicon);
  }

  /** Asks the gazetteer, which is read on the first question only (so never when serving). */
  private static Predicate<String> knownDivisions() {
    GazetteerPlaceResolver gazetteer = new GazetteerPlaceResolver();
    return gazetteer::isAdministrativeDivision;
  }

  private static <T> Supplier<T> once(Supplier<T> factory) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = factory.get();
        }
        return value;
      }
    };
  }
}
