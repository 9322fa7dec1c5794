package org.newskg.extract.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newskg.eval.EvidenceLocator;
import org.newskg.eval.GoldDates;
import org.newskg.eval.GoldMention;
import org.newskg.eval.NameMatcher;
import org.newskg.extract.DateResolver;
import org.newskg.extract.EventDate;
import org.newskg.extract.Modality;
import org.newskg.extract.ModalityDetector;
import org.newskg.extract.Participant;
import org.newskg.extract.SourceAttributor;
import org.newskg.extract.TriggerContext;
import org.newskg.ingest.Span;
import org.newskg.nlp.AnnotatedDocument;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Dev measurement: for each gold mention, finds its trigger token in the annotated text and
 * compares this package's date, source and modality with the gold by the eval package's port of
 * score.py's rules.
 */
final class GoldContextMeasure {

  /** Accuracies and the lines that went wrong. */
  record Result(int dated, int datesRight, int total, int sourcesRight, int modalitiesRight, List<String> errors) {
    double dateAccuracy() {
      return dated == 0 ? 0 : (double) datesRight / dated;
    }

    double sourceAccuracy() {
      return total == 0 ? 0 : (double) sourcesRight / total;
    }

    double modalityAccuracy() {
      return total == 0 ? 0 : (double) modalitiesRight / total;
    }
  }

  private final DateResolver dates;
  private final SourceAttributor sources;
  private final ModalityDetector modalities;

  GoldContextMeasure(DateResolver dates, SourceAttributor sources, ModalityDetector modalities) {
    this.dates = dates;
    this.sources = sources;
    this.modalities = modalities;
  }

  Result measure(List<GoldMention> gold, Map<String, AnnotatedDocument> documents) {
    int dated = 0, datesRight = 0, total = 0, sourcesRight = 0, modalitiesRight = 0;
    List<String> errors = new ArrayList<>();
    for (GoldMention g : gold) {
      AnnotatedDocument doc = documents.get(g.doc());
      TriggerContext context = doc == null ? null : locate(doc, g);
      if (context == null) {
        errors.add(g.id() + " trigger not found");
        continue;
      }
      total++;
      EventDate date = dates.dateOf(context);
      String systemDate = date == null ? null : date.value();
      if (g.date() != null) {
        dated++;
        if (GoldDates.matches(systemDate, g.date())) {
          datesRight++;
        } else {
          errors.add(g.id() + " DATE " + systemDate + " gold " + g.date());
        }
      }
      Participant source = sources.sourceOf(context);
      if (sourceMatch(source, g.source())) {
        sourcesRight++;
      } else {
        errors.add(g.id() + " SOURCE " + (source == null ? null : source.mention()) + " gold " + g.source());
      }
      Modality modality = modalities.modalityOf(context);
      if (modality.id().equals(g.modality())) {
        modalitiesRight++;
      } else {
        errors.add(g.id() + " MODALITY " + modality.id() + " gold " + g.modality() + " | " + g.evidence());
      }
    }
    return new Result(dated, datesRight, total, sourcesRight, modalitiesRight, errors);
  }

  /** The trigger's first word, as a token inside the gold evidence. */
  static TriggerContext locate(AnnotatedDocument doc, GoldMention g) {
    // The locator counts code points; for texts inside the Basic Multilingual Plane (the dev
    // corpus) they equal the Java offsets the tokens carry.
    Span span = EvidenceLocator.locate(doc.document().text(), g.evidence());
    if (span == null || g.trigger() == null) {
      return null;
    }
    String first = g.trigger().split("\\s+")[0].toLowerCase(Locale.ROOT);
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (t.begin() >= span.begin() && t.end() <= span.end() && t.word().toLowerCase(Locale.ROOT).equals(first)) {
          return new TriggerContext(doc, s, t);
        }
      }
    }
    return null;
  }

  private static boolean sourceMatch(Participant source, List<String> gold) {
    if (gold == null) {
      return source == null;
    }
    return source != null && NameMatcher.matches(source.mention(), gold);
  }
}
