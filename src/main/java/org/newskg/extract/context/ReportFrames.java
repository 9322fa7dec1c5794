package org.newskg.extract.context;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.nlp.Token;

/**
 * The report frame of a whole sentence, read from word order when the parse does not link the
 * reported clause to its verb: "X said/claimed … [event]" (the sentence opens with the speaker
 * and a finite reporting verb) or "[event] …, X reported." (it closes with one, perhaps followed by
 * ", citing …"). The parser often hangs such clauses as {@code dep} or turns them around.
 */
final class ReportFrames {

  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  private ReportFrames() {}

  /** The speaker framing the token at {@code trigger}, when the sentence is one report. */
  static Optional<Token> speakerOf(SentenceGraph graph, int trigger) {
    return leading(graph).filter(v -> v < trigger).flatMap(v -> Speakers.subjectOf(graph, v))
        .or(() -> trailing(graph).flatMap(v -> subjectBefore(graph, v)
            .filter(s -> trigger < firstOfPhrase(graph, s.index(), v))));
  }

  /** The verb's subject, or the noun right before it when the parse gave it none ("…, the agencies reported"). */
  private static Optional<Token> subjectBefore(SentenceGraph graph, int verb) {
    Token before = graph.token(Math.max(1, verb - 1));
    boolean noun = verb > 1 && (before.pos().startsWith("NN") || before.pos().equals("PRP"));
    return Speakers.subjectOf(graph, verb).or(() -> noun ? Optional.of(before) : Optional.empty());
  }

  /** The first verb of the sentence, when it is a finite reporting verb with a subject before it and no object. */
  private static Optional<Integer> leading(SentenceGraph graph) {
    List<Token> tokens = graph.sentence().tokens();
    for (Token t : tokens) {
      if (t.pos().startsWith("VB") || t.pos().equals("MD")) {
        return isFrameVerb(graph, t) && graph.children(t.index(), "obj").isEmpty() ? Optional.of(t.index()) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The last verb of the sentence, when it is a finite reporting verb after a comma, only "citing …" after it. */
  private static Optional<Integer> trailing(SentenceGraph graph) {
    List<Token> tokens = graph.sentence().tokens();
    for (int i = tokens.size() - 1; i >= 0; i--) {
      Token t = tokens.get(i);
      if (FINITE.contains(t.pos()) && ReportingVerbs.isReporting(t)) {
        return graph.children(t.index(), "obj").isEmpty() ? Optional.of(t.index()) : Optional.empty();
      }
      if ((t.pos().startsWith("VB") && !t.pos().equals("VBG")) || t.pos().equals("MD")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean isFrameVerb(SentenceGraph graph, Token t) {
    return FINITE.contains(t.pos()) && ReportingVerbs.isReporting(t) && Speakers.subjectOf(graph, t.index()).isPresent();
  }

  /** Where the subject's phrase begins: a comma must stand right before it for a trailing report. */
  private static int firstOfPhrase(SentenceGraph graph, int subject, int verb) {
    int first = graph.subtree(subject, "acl", "appos", "punct", "conj", "cc").stream().min(Integer::compare).orElse(subject);
    boolean afterComma = first > 1 && graph.token(first - 1).word().equals(",");
    return afterComma && first < verb ? first : 0;
  }
}
