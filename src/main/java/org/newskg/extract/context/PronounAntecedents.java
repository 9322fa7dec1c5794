package org.newskg.extract.context;

import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Participant;
import org.newskg.nlp.Token;

/**
 * A cheap antecedent for a speaking pronoun ("…,” it said): the latest earlier speaker it can
 * stand for, else the nearest earlier subject whose words name an organisation or a person.
 */
final class PronounAntecedents {

  private static final int LOOK_BACK = 3;
  private static final Set<String> NAMED = Set.of("ORGANIZATION", "PERSON", "TITLE");

  private final DocumentContext doc;

  PronounAntecedents(DocumentContext doc) {
    this.doc = doc;
  }

  Optional<Participant> antecedent(ReportingSourceAttributor.Attribution pronoun) {
    return search(pronoun, true).or(() -> search(pronoun, false));
  }

  private Optional<Participant> search(ReportingSourceAttributor.Attribution pronoun, boolean speakersOnly) {
    for (int s = pronoun.sentence(); s >= Math.max(0, pronoun.sentence() - LOOK_BACK); s--) {
      Optional<Participant> found = latestSubject(s, pronoun, speakersOnly);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<Participant> latestSubject(int sentence, ReportingSourceAttributor.Attribution pronoun, boolean speakersOnly) {
    SentenceGraph graph = doc.graph(sentence);
    Participant found = null;
    for (Token verb : graph.sentence().tokens()) {
      boolean before = sentence < pronoun.sentence() || verb.index() < pronoun.head().index();
      if (!before || (speakersOnly && !ReportingVerbs.isReporting(verb))) {
        continue;
      }
      for (Token subject : graph.children(verb.index(), "nsubj")) {
        Participant candidate = Speakers.participant(graph, doc.document().document().text(), subject);
        if (!Speakers.isPronoun(subject) && Speakers.agrees(pronoun.head(), candidate)
            && (speakersOnly || named(graph, subject))) {
          found = candidate;
        }
      }
    }
    return Optional.ofNullable(found);
  }

  private static boolean named(SentenceGraph graph, Token subject) {
    return graph.subtree(subject.index(), "acl", "appos").stream().anyMatch(i -> NAMED.contains(graph.token(i).ner()));
  }
}
