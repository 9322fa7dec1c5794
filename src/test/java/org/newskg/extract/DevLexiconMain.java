package org.newskg.extract;

/** Dev-only: prints the WordNet expansion of the trigger lexicon, with its cost. */
final class DevLexiconMain {
  public static void main(String[] args) {
    long t0 = System.nanoTime();
    WordNetLexicon wn = WordNetLexicon.load();
    long t1 = System.nanoTime();
    TriggerLexicon lex = TriggerLexicon.withWordNet(wn);
    long t2 = System.nanoTime();
    lex.entries().stream().filter(e -> e.origin() == TriggerOrigin.WORDNET)
        .forEach(e -> System.out.println(e.action() + "\t" + String.join(" ", e.lemmas()) + "\t" + (e.verb() ? "V" : "N")));
    System.out.printf("wordnet load %d ms, expansion %d ms, entries %d%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, lex.entries().size());
    for (String n : args) {
      System.out.println(n + " military=" + wn.isMilitary(n) + " people=" + wn.isPeople(n) + " place=" + wn.isPlace(n) + " event=" + wn.isEventNoun(n));
    }
  }
}
