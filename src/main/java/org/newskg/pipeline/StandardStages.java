package org.newskg.pipeline;

import java.util.Properties;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.newskg.extract.DependencyEventExtractor;
import org.newskg.extract.context.ClauseModalityDetector;
import org.newskg.extract.context.NumericQuantityFinder;
import org.newskg.extract.context.ReaderDateResolver;
import org.newskg.extract.context.ReportingSourceAttributor;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.nlp.TextAnnotator;
import org.newskg.rdf.EventGraphBuilder;
import org.newskg.resolve.DefaultEntityResolver;
import org.newskg.resolve.GazetteerPlaceResolver;
import org.newskg.resolve.KeyEventLinker;
import org.newskg.validate.ShaclGraphValidator;

/** The default stages of newskg, built from settings. */
public final class StandardStages {
  private StandardStages() {}

  /** CoreNLP is built on first use (only when a document needs reading), once per process. */
  public static Stages create(Properties settings) {
    return new Stages(
        once(() -> new CoreNlpAnnotator(settings)),
        DependencyEventExtractor.create(
            new ReaderDateResolver(), new ReportingSourceAttributor(),
            new ClauseModalityDetector(), new NumericQuantityFinder(), knownDivisions()),
        new DefaultEntityResolver(),
        new KeyEventLinker(),
        new EventGraphBuilder(),
        ShaclGraphValidator.fromHome());
  }

  /** Asks the gazetteer, which is read on the first question only (so never when serving). */
  private static Predicate<String> knownDivisions() {
    GazetteerPlaceResolver gazetteer = new GazetteerPlaceResolver();
    return gazetteer::isAdministrativeDivision;
  }

  private static Supplier<TextAnnotator> once(Supplier<TextAnnotator> factory) {
    return new Supplier<>() {
      private TextAnnotator annotator;

      @Override
      public synchronized TextAnnotator get() {
        if (annotator == null) {
          annotator = factory.get();
        }
        return annotator;
      }
    };
  }
}
