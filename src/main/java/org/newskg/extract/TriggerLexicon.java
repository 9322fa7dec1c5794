package org.newskg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The trigger words of every action, by head lemma: the seed triggers of {@code actions.tsv},
 * the curated {@code triggers.tsv}, and optionally their WordNet expansion.
 */
public final class TriggerLexicon {

  private static final String ACTIONS = "actions.tsv";
  private static final String CURATED = "triggers.tsv";

  private final Map<String, List<TriggerEntry>> byHead = new HashMap<>();
  private final Set<String> actions;

  private TriggerLexicon(Set<String> actions, List<TriggerEntry> entries) {
    this.actions = Set.copyOf(actions);
    for (TriggerEntry entry : entries) {
      byHead.computeIfAbsent(entry.head(), k -> new ArrayList<>()).add(entry);
    }
    byHead.values().forEach(list -> list.sort(Comparator.comparingInt(TriggerEntry::specificity).reversed()));
  }

  /** Seeds and curated entries only: no WordNet (fast, for tests). */
  public static TriggerLexicon handWritten() {
    List<String[]> rows = rows(ACTIONS);
    List<TriggerEntry> seeds = SeedColumn.entries(rows);
    Set<String> seedKeys = new HashSet<>();
    seeds.forEach(s -> seedKeys.add(key(s)));
    List<TriggerEntry> entries = new ArrayList<>();
    Set<String> curatedKeys = new HashSet<>();
    for (TriggerEntry c : curated()) {
      curatedKeys.add(key(c));
      // A curated entry restating a seed keeps the seed's trust but adds its part of speech and condition.
      entries.add(seedKeys.contains(key(c)) ? c.withOrigin(TriggerOrigin.SEED) : c);
    }
    seeds.stream().filter(s -> !curatedKeys.contains(key(s))).forEach(entries::add);
    return new TriggerLexicon(actionIds(rows), entries);
  }

  /** Seeds and curated entries plus their WordNet synonyms and derived nouns. */
  public static TriggerLexicon withWordNet(WordNetLexicon wordNet) {
    TriggerLexicon base = handWritten();
    List<TriggerEntry> entries = base.entries();
    entries.addAll(new WordNetExpansion(wordNet, base::knows).expand(entries));
    return new TriggerLexicon(base.actions, entries);
  }

  /** Entries whose head is this lemma, most specific first. */
  public List<TriggerEntry> candidates(String lemma) {
    return byHead.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  public boolean knows(String lemma) {
    return byHead.containsKey(lemma);
  }

  public Set<String> actions() {
    return actions;
  }

  public List<TriggerEntry> entries() {
    List<TriggerEntry> all = new ArrayList<>();
    byHead.values().forEach(all::addAll);
    return all;
  }

  private static String key(TriggerEntry e) {
    return String.join(" ", e.lemmas()) + "|" + e.action();
  }

  private static List<TriggerEntry> curated() {
    List<TriggerEntry> entries = new ArrayList<>();
    for (String[] row : rows(CURATED)) {
      String pos = row[1];
      entries.add(new TriggerEntry(Arrays.asList(row[0].split(" ")), pos.contains("V"), pos.contains("N"),
          pos.contains("A"), row[2], cell(row, 3), frame(cell(row, 4)), TriggerOrigin.CURATED));
    }
    return entries;
  }

  private static String cell(String[] row, int column) {
    return row.length > column ? row[column].strip() : "";
  }

  private static RoleFrame frame(String cell) {
    return cell.isEmpty() ? RoleFrame.USUAL : RoleFrame.valueOf(cell.toUpperCase(Locale.ROOT));
  }

  private static Set<String> actionIds(List<String[]> rows) {
    Set<String> ids = new LinkedHashSet<>();
    rows.stream().skip(1).forEach(r -> ids.add(r[0]));
    return ids;
  }

  static List<String[]> rows(String resource) {
    try (InputStream in = TriggerLexicon.class.getResourceAsStream(resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read extractor resource " + resource, e);
    }
  }
}
