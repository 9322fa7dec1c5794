package org.newskg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * Expands single-word verb triggers through WordNet, keeping precision: a verb sense is used only
 * if it is the lemma's first sense in an event-like lexicographer file, or shares its synset with
 * another trigger of the same action; a synonym is taken only if that sense is among its own two
 * first senses (so "see" is not a "visit"); derived nouns only when they name an act or event.
 */
final class WordNetExpansion {

  // A lone first sense is trusted only in the file of fighting; elsewhere two triggers must agree.
  private static final Set<String> EVENT_VERB_FILES = Set.of("verb.competition");
  private static final Set<String> TOO_GENERAL = Words.of("too-general-verb");

  private final WordNetLexicon wordNet;
  private final Predicate<String> known;

  WordNetExpansion(WordNetLexicon wordNet, Predicate<String> known) {
    this.wordNet = wordNet;
    this.known = known;
  }

  List<TriggerEntry> expand(List<TriggerEntry> entries) {
    Map<String, List<TriggerEntry>> byAction = new HashMap<>();
    entries.stream().filter(e -> e.verb() && !e.isPhrase()).forEach(
        e -> byAction.computeIfAbsent(e.action(), k -> new ArrayList<>()).add(e));
    List<TriggerEntry> added = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    byAction.forEach((action, verbs) -> verbs.forEach(v -> expandOne(v, lemmasOf(verbs), added, seen)));
    return added;
  }

  private static Set<String> lemmasOf(List<TriggerEntry> verbs) {
    Set<String> lemmas = new HashSet<>();
    verbs.forEach(v -> lemmas.add(v.head()));
    return lemmas;
  }

  private void expandOne(TriggerEntry verb, Set<String> sameAction, List<TriggerEntry> out, Set<String> seen) {
    if (TOO_GENERAL.contains(verb.head())) {
      return;
    }
    List<Synset> senses = wordNet.senses(POS.VERB, verb.head());
    for (int i = 0; i < senses.size(); i++) {
      Synset sense = senses.get(i);
      if (isActionSense(sense, i, verb.head(), sameAction)) {
        synonyms(sense, verb, out, seen);
        derivedNouns(sense, verb, out, seen);
      }
    }
  }

  private static boolean isActionSense(Synset sense, int rank, String head, Set<String> sameAction) {
    long shared = WordNetLexicon.lemmas(sense).stream().filter(l -> !l.equals(head) && sameAction.contains(l)).count();
    return rank == 0 && (shared > 0 || EVENT_VERB_FILES.contains(sense.getLexFileName()));
  }

  private void synonyms(Synset sense, TriggerEntry verb, List<TriggerEntry> out, Set<String> seen) {
    for (String lemma : WordNetLexicon.lemmas(sense)) {
      if (lemma.split(" ").length <= 2 && !TOO_GENERAL.contains(lemma.split(" ")[0]) && !known.test(lemma)
          && isLeadingSense(lemma, sense)
          && seen.add(lemma + "|V")) {
        out.add(new TriggerEntry(Arrays.asList(lemma.split(" ")), true, false, false, verb.action(),
            verb.condition(), verb.frame(), TriggerOrigin.WORDNET));
      }
    }
  }

  private boolean isLeadingSense(String lemma, Synset sense) {
    List<Synset> own = wordNet.senses(POS.VERB, lemma);
    return own.indexOf(sense) >= 0 && own.indexOf(sense) < 2;
  }

  private void derivedNouns(Synset sense, TriggerEntry verb, List<TriggerEntry> out, Set<String> seen) {
    for (Word word : sense.getWords()) {
      if (word.getLemma().equals(verb.head())) {
        for (Pointer p : word.getPointers(PointerType.DERIVATION)) {
          addNoun(p, verb, out, seen);
        }
      }
    }
  }

  private static Word targetWord(Pointer pointer) {
    try {
      return pointer.getTarget() instanceof Word w ? w : null;
    } catch (net.sf.extjwnl.JWNLException e) {
      return null;
    }
  }

  private void addNoun(Pointer pointer, TriggerEntry verb, List<TriggerEntry> out, Set<String> seen) {
    Word noun = targetWord(pointer);
    if (noun == null || noun.getPOS() != POS.NOUN) {
      return;
    }
    String lemma = noun.getLemma();
    if (WordNetLexicon.isEventSynset(noun.getSynset()) && !known.test(lemma) && seen.add(lemma + "|N")) {
      out.add(new TriggerEntry(List.of(lemma), false, true, verb.action(), verb.condition(), TriggerOrigin.WORDNET));
    }
  }
}
