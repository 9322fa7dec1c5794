package org.newskg.extract.context;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.DateResolver;
import org.newskg.extract.EventDate;
import org.newskg.extract.Modality;
import org.newskg.extract.ModalityDetector;
import org.newskg.extract.Participant;
import org.newskg.extract.SourceAttributor;
import org.newskg.extract.TriggerContext;
import org.newskg.nlp.AnnotatedDocument;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Dev measurement: for each gold mention, finds its trigger token in the annotated text and
 * compares this package's date, source and modality with the gold by the rules of score.py.
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

  static List<JsonObject> readGold(Path seeds) throws IOException {
    List<JsonObject> gold = new ArrayList<>();
    for (String line : Files.readAllLines(seeds)) {
      if (!line.isBlank()) {
        gold.add(JsonParser.parseString(line).getAsJsonObject());
      }
    }
    return gold;
  }

  Result measure(List<JsonObject> gold, Map<String, AnnotatedDocument> documents) {
    int dated = 0, datesRight = 0, total = 0, sourcesRight = 0, modalitiesRight = 0;
    List<String> errors = new ArrayList<>();
    for (JsonObject g : gold) {
      AnnotatedDocument doc = documents.get(g.get("doc").getAsString());
      TriggerContext context = doc == null ? null : locate(doc, g);
      if (context == null) {
        errors.add(g.get("id").getAsString() + " trigger not found");
        continue;
      }
      total++;
      String goldDate = string(g.get("date"));
      EventDate date = dates.dateOf(context);
      String systemDate = date == null ? null : date.value();
      if (goldDate != null) {
        dated++;
        if (dateMatch(systemDate, goldDate)) {
          datesRight++;
        } else {
          errors.add(g.get("id").getAsString() + " DATE " + systemDate + " gold " + goldDate);
        }
      }
      Participant source = sources.sourceOf(context);
      if (sourceMatch(source, g.get("source"))) {
        sourcesRight++;
      } else {
        errors.add(g.get("id").getAsString() + " SOURCE " + (source == null ? null : source.mention()) + " gold " + g.get("source"));
      }
      Modality modality = modalities.modalityOf(context);
      if (modality.id().equals(g.get("modality").getAsString())) {
        modalitiesRight++;
      } else {
        errors.add(g.get("id").getAsString() + " MODALITY " + modality.id() + " gold " + g.get("modality").getAsString()
            + " | " + g.get("evidence").getAsString());
      }
    }
    return new Result(dated, datesRight, total, sourcesRight, modalitiesRight, errors);
  }

  private static String string(JsonElement e) {
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }

  /** The trigger's first word, as a token inside the gold evidence. */
  static TriggerContext locate(AnnotatedDocument doc, JsonObject g) {
    String text = doc.document().text();
    int[] span = evidenceSpan(text, g.get("evidence").getAsString());
    if (span == null) {
      return null;
    }
    String first = g.get("trigger").getAsString().split("\\s+")[0].toLowerCase(Locale.ROOT);
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (t.begin() >= span[0] && t.end() <= span[1] && t.word().toLowerCase(Locale.ROOT).equals(first)) {
          return new TriggerContext(doc, s, t);
        }
      }
    }
    return null;
  }

  private static int[] evidenceSpan(String text, String evidence) {
    int i = text.indexOf(evidence);
    if (i >= 0) {
      return new int[] {i, i + evidence.length()};
    }
    StringBuilder pattern = new StringBuilder();
    for (String word : evidence.trim().split("\\s+")) {
      pattern.append(pattern.length() == 0 ? "" : "\\s+").append(Pattern.quote(word));
    }
    Matcher m = Pattern.compile(pattern.toString()).matcher(text);
    return m.find() ? new int[] {m.start(), m.end()} : null;
  }

  /** score.py's date_match. */
  static boolean dateMatch(String system, String gold) {
    if (system == null) {
      return false;
    }
    if (!gold.contains("/")) {
      String[] s = system.split("/");
      return s[0].equals(s[s.length - 1]) && s[0].equals(gold);
    }
    String[] sr = range(system);
    String[] gr = range(gold);
    return gr[0].compareTo(sr[0]) <= 0 && sr[1].compareTo(gr[1]) <= 0;
  }

  private static String[] range(String d) {
    if (d.contains("/")) {
      String[] parts = d.split("/", 2);
      return new String[] {range(parts[0])[0], range(parts[1])[1]};
    }
    String[] parts = d.split("-");
    if (parts.length == 1) {
      return new String[] {d + "-01-01", d + "-12-31"};
    }
    if (parts.length == 2) {
      int last = java.time.YearMonth.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])).lengthOfMonth();
      return new String[] {d + "-01", d + "-" + String.format("%02d", last)};
    }
    return new String[] {d, d};
  }

  private static boolean sourceMatch(Participant source, JsonElement gold) {
    if (gold == null || gold.isJsonNull()) {
      return source == null;
    }
    if (source == null) {
      return false;
    }
    for (JsonElement alternative : gold.getAsJsonArray()) {
      if (nameMatch(source.mention(), alternative.getAsString())) {
        return true;
      }
    }
    return false;
  }

  /** score.py's name_match for one alternative. */
  static boolean nameMatch(String value, String alternative) {
    String v = norm(value);
    String a = norm(alternative);
    if (v.isEmpty() || a.isEmpty()) {
      return false;
    }
    return v.equals(a) || (" " + v + " ").contains(" " + a + " ") || (" " + a + " ").contains(" " + v + " ");
  }

  private static String norm(String s) {
    String n = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    n = n.replaceAll("'s\\b", "");
    n = n.replaceAll("[^\\w\\s]", " ");
    n = n.replaceAll("^\\s*the\\s+", "");
    return String.join(" ", n.trim().split("\\s+"));
  }
}
