package org.newskg.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.nlp.AnnotatedDocument;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * A run of tokens with one named-entity tag, as the NER found it: its text, offsets and tag, and
 * whether it only modifies a common noun ("Defense" in "Defense Secretary Jane Doe").
 */
record NamedSpan(int begin, int end, String text, String tag, boolean modifier) {

  static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
  private static final Set<String> NAME_TAGS =
      Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY", "MISC");

  boolean isPlace() {
    return PLACE_TAGS.contains(tag);
  }

  /** The document's named spans in text order. */
  static List<NamedSpan> of(AnnotatedDocument document) {
    List<NamedSpan> spans = new ArrayList<>();
    for (Sentence sentence : document.sentences()) {
      collect(document.document().text(), sentence, spans);
    }
    return spans;
  }

  private static void collect(String text, Sentence sentence, List<NamedSpan> spans) {
    List<Token> tokens = sentence.tokens();
    int start = 0;
    while (start < tokens.size()) {
      int end = start + 1;
      String tag = tokens.get(start).ner();
      while (end < tokens.size() && tokens.get(end).ner().equals(tag)) {
        end++;
      }
      if (NAME_TAGS.contains(tag)) {
        int begin = tokens.get(start).begin();
        int stop = tokens.get(end - 1).end();
        spans.add(new NamedSpan(begin, stop, text.substring(begin, stop), tag, modifiesCommonNoun(sentence, end)));
      }
      start = end;
    }
  }

  /** Whether the span's last token (1-based {@code last}) is a compound of an untagged noun after it. */
  private static boolean modifiesCommonNoun(Sentence sentence, int last) {
    return sentence.dependencies().stream().filter(d -> d.dependent() == last && d.relation().equals("compound"))
        .anyMatch(d -> d.governor() > last && isCommonNoun(sentence.tokens().get(d.governor() - 1)));
  }

  private static boolean isCommonNoun(Token token) {
    return token.pos().startsWith("NN") && (token.ner().equals("O") || token.ner().equals("TITLE"));
  }
}
