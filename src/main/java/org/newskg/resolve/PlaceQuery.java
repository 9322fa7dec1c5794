package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One way to read a place mention: a name {@link Names#key key} and the kind of feature asked for.
 * {@link #readings} lists the readings of a mention from the most to the least specific.
 */
record PlaceQuery(String key, FeatureHint hint) {

  /**
   * "the Kherson Oblast" → (kherson oblast, ADMINISTRATIVE), (kherson, ADMINISTRATIVE);
   * "the city of Kherson" → (kherson, POPULATED); then the plain name without hint; last, for
   * "occupied Kherson", the name after leading lower-case words.
   */
  static List<PlaceQuery> readings(String mention) {
    String key = Names.key(mention);
    List<PlaceQuery> readings = new ArrayList<>();
    if (key.isEmpty()) {
      return readings;
    }
    String[] words = key.split(" ");
    FeatureHint trailing = words.length > 1 ? FeatureHint.ofDesignator(words[words.length - 1]) : FeatureHint.ANY;
    String core = join(words, 0, words.length - 1);
    addIf(readings, trailing != FeatureHint.ANY, key, trailing);
    addIf(readings, trailing != FeatureHint.ANY, core, trailing);
    int of = mention.toLowerCase(java.util.Locale.ROOT).lastIndexOf(" of ");
    List<PlaceQuery> ofReadings = of > 0 ? readings(mention.substring(of + 4)) : List.of();
    FeatureHint leading = of > 0 ? FeatureHint.ofDesignator(lastWord(Names.key(mention.substring(0, of)))) : FeatureHint.ANY;
    // "the right bank of the Dnipro River": the head before "of" says what the name after it is.
    ofReadings.forEach(r -> addIf(readings, leading != FeatureHint.ANY && r.hint() == FeatureHint.ANY, r.key(), leading));
    readings.add(new PlaceQuery(key, FeatureHint.ANY));
    addIf(readings, trailing != FeatureHint.ANY, core, FeatureHint.ANY);
    readings.addAll(ofReadings);
    capitalisedTails(mention).forEach(tail -> readings.add(new PlaceQuery(tail, FeatureHint.ANY)));
    return readings;
  }

  /** "occupied Kherson" → "kherson": tails after leading lower-case words that start capitalised. */
  private static List<String> capitalisedTails(String mention) {
    String[] words = mention.trim().split("\\s+");
    List<String> tails = new ArrayList<>();
    for (int start = 1; start < words.length && startsLowerCase(words[start - 1]); start++) {
      if (!words[start].isEmpty() && Character.isUpperCase(words[start].charAt(0))) {
        tails.add(Names.key(String.join(" ", Arrays.copyOfRange(words, start, words.length))));
      }
    }
    return tails;
  }

  private static boolean startsLowerCase(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
  }

  private static void addIf(List<PlaceQuery> readings, boolean condition, String key, FeatureHint hint) {
    if (condition && !key.isEmpty()) {
      readings.add(new PlaceQuery(key, hint));
    }
  }

  private static String lastWord(String text) {
    return text.substring(text.lastIndexOf(' ') + 1);
  }

  private static String join(String[] words, int from, int to) {
    return String.join(" ", Arrays.copyOfRange(words, from, to));
  }
}
