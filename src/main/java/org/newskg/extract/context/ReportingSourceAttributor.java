package org.newskg.extract.context;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.extract.Participant;
import org.newskg.extract.SourceAttributor;
import org.newskg.extract.TextLayout;
import org.newskg.extract.TriggerContext;
import org.newskg.extract.Words;
import org.newskg.ingest.Span;
import org.newskg.nlp.Token;

/**
 * Attributes an event to whoever the text gives it on: the speaker of the quotation it stands in,
 * the subject of a reporting verb above its clause ("X said that…", "…, X said", "X calls the
 * withdrawal…"), "according to X", or — for a hedged sentence ("it is likely that…") — the source
 * of the sentence before it. A pronoun speaker is replaced by the latest earlier speaker it can
 * stand for, else by the nearest earlier subject naming an organisation or person.
 */
public final class ReportingSourceAttributor implements SourceAttributor {

  private static final Set<String> EPISTEMIC_HEDGES = Words.of("epistemic-hedge");
  private static final String[] ACCORDING = {"obl:according_to", "nmod:according_to", "obl:according", "nmod:according"};
  private static final Set<String> SUBORDINATORS = Words.of("subordinator");

  @Override
  public Participant sourceOf(TriggerContext context) {
    DocumentContext doc = DocumentContext.of(context.document());
    int sentence = context.sentence().index();
    Optional<Span> quote = doc.quotations().enclosing(context.trigger().begin())
        .filter(q -> Quotations.isSpeech(text(doc), q));
    // A report in the trigger's own clause is nearer than the speaker of a quotation around it.
    Optional<Attribution> found = fromClause(doc, sentence, context.trigger().index())
        .or(() -> quote.flatMap(q -> quoteSpeaker(doc, q)))
        .or(() -> continuedQuotation(doc, context.sentence()).flatMap(q -> quoteSpeaker(doc, q)))
        .or(() -> ReportFrames.speakerOf(doc.graph(sentence), context.trigger().index()).map(t -> new Attribution(sentence, t)))
        .or(() -> hedgedContinuation(doc, sentence, 0));
    return found.map(a -> resolvePronoun(doc, a)).orElse(null);
  }

  /** A speaker's head token in a sentence. */
  record Attribution(int sentence, Token head) {}

  private static String text(DocumentContext doc) {
    return doc.document().document().text();
  }

  /** A reporting verb above the trigger, one hanging from its clause, or "according to". */
  static Optional<Attribution> fromClause(DocumentContext doc, int sentence, int trigger) {
    SentenceGraph graph = doc.graph(sentence);
    Set<Integer> path = new HashSet<>();
    for (int node = trigger; node > 0 && path.add(node); node = graph.governor(node)) {
      Optional<Token> speaker = speakerAt(graph, node);
      if (speaker.isPresent()) {
        return speaker.map(t -> new Attribution(sentence, t));
      }
    }
    return Optional.empty();
  }

  private static Optional<Token> speakerAt(SentenceGraph graph, int node) {
    int governor = graph.governor(node);
    return according(graph, node).or(() -> trailingReport(graph, node))
        .or(() -> governor > 0 && isReportedContent(graph, node, governor)
            ? Speakers.subjectOf(graph, governor) : Optional.empty())
        .or(() -> governor > 0 ? statementOwner(graph, node, governor) : Optional.empty());
  }

  /** "the ministry's statement that ...", "a claim by the army that ...": whose statement the clause is. */
  private static Optional<Token> statementOwner(SentenceGraph graph, int node, int noun) {
    if (!ReportingVerbs.isReportNoun(graph.token(noun), graph.relationToGovernor(node))) {
      return Optional.empty();
    }
    return graph.children(noun, "nmod:poss", "nmod:by", "nmod:of", "nmod:from").stream().findFirst();
  }

  private static Optional<Token> according(SentenceGraph graph, int node) {
    return graph.children(node, ACCORDING).stream().findFirst();
  }

  /**
   * "…, officials said": a finite reporting verb hanging from the clause as a parenthetical. One
   * with a complement of its own ("…; officials alleged that it was forced") reports that, not this.
   */
  private static Optional<Token> trailingReport(SentenceGraph graph, int node) {
    return graph.children(node).stream()
        .filter(d -> SentenceGraph.matches(d.relation(), "parataxis"))
        .map(d -> graph.token(d.dependent()))
        .filter(v -> ReportingVerbs.isReporting(v) && isFinite(v) && v.index() > node)
        .filter(v -> graph.children(v.index(), "ccomp", "xcomp", "obj").isEmpty())
        .findFirst().flatMap(v -> Speakers.subjectOf(graph, v.index()));
  }

  private static boolean isReportedContent(SentenceGraph graph, int node, int governor) {
    String relation = graph.relationToGovernor(node);
    if (!ReportingVerbs.attributes(graph.token(governor), relation)) {
      return false;
    }
    if (SentenceGraph.matches(relation, "advcl")) {
      return isFinite(graph.token(node)) && graph.children(node, "mark").stream()
          .noneMatch(m -> SUBORDINATORS.contains(m.lemma().toLowerCase(Locale.ROOT)));
    }
    return !SentenceGraph.matches(relation, "xcomp") || !graph.token(governor).lemma().equalsIgnoreCase("call")
        || graph.children(governor, "obl:on", "compound:prt").isEmpty();
  }

  private static boolean isFinite(Token verb) {
    return Set.of("VBD", "VBZ", "VBP", "MD").contains(verb.pos()) || verb.pos().startsWith("NN") || verb.pos().startsWith("JJ");
  }

  /** The speaker of a quotation: a reporting verb outside it in the sentences where it opens or closes. */
  static Optional<Attribution> quoteSpeaker(DocumentContext doc, Span quote) {
    List<org.newskg.nlp.Sentence> sentences = doc.document().sentences();
    for (org.newskg.nlp.Sentence s : sentences) {
      boolean opensOrCloses = (s.begin() <= quote.begin() && quote.begin() <= s.end())
          || (s.begin() <= quote.end() && quote.end() <= s.end() + 1);
      Optional<Attribution> found = opensOrCloses ? speakerOutside(doc, s.index(), quote) : Optional.empty();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<Attribution> speakerOutside(DocumentContext doc, int sentence, Span quote) {
    SentenceGraph graph = doc.graph(sentence);
    for (Token t : graph.sentence().tokens()) {
      boolean outside = t.end() <= quote.begin() || t.begin() >= quote.end();
      Optional<Token> speaker = !outside ? Optional.empty()
          : ReportingVerbs.isReporting(t) ? Speakers.subjectOf(graph, t.index()) : according(graph, t.index());
      if (speaker.isPresent()) {
        return speaker.map(h -> new Attribution(sentence, h));
      }
    }
    return Optional.empty();
  }

  /**
   * A sentence that opens inside a quotation and goes on after it closes ("…one week' to move
   * them all (40,000 by his estimate).") paraphrases the same speaker to its end.
   */
  static Optional<Span> continuedQuotation(DocumentContext doc, org.newskg.nlp.Sentence sentence) {
    return doc.quotations().enclosing(sentence.begin())
        .filter(q -> q.begin() < sentence.begin() && q.end() < sentence.end())
        .filter(q -> quotesWords(text(doc), sentence.begin(), q.end()) && Quotations.isSpeech(text(doc), q));
  }

  /** Whether the sentence's quoted opening holds words, not only the closing mark of an earlier quote. */
  private static boolean quotesWords(String text, int from, int to) {
    return text.substring(from, to).chars().anyMatch(Character::isLetterOrDigit);
  }

  /** A hedged sentence with no speaker of its own continues the assessment of the sentence before it. */
  private static Optional<Attribution> hedgedContinuation(DocumentContext doc, int sentence, int depth) {
    SentenceGraph graph = doc.graph(sentence);
    boolean hedged = graph.sentence().tokens().stream().anyMatch(t -> EPISTEMIC_HEDGES.contains(t.word().toLowerCase(Locale.ROOT)));
    if (!hedged || sentence == 0 || depth > 3 || !sameParagraph(doc, sentence - 1, sentence)) {
      return Optional.empty();
    }
    return sentenceSpeaker(doc, sentence - 1).or(() -> hedgedContinuation(doc, sentence - 1, depth + 1));
  }

  private static boolean sameParagraph(DocumentContext doc, int a, int b) {
    TextLayout layout = doc.layout();
    return layout.paragraphOf(doc.graph(a).sentence().begin()) == layout.paragraphOf(doc.graph(b).sentence().begin());
  }

  /** The speaker of the sentence's own report: a reporting verb with a clause as content. */
  private static Optional<Attribution> sentenceSpeaker(DocumentContext doc, int sentence) {
    SentenceGraph graph = doc.graph(sentence);
    for (Token t : graph.sentence().tokens()) {
      boolean reportsClause = ReportingVerbs.isReporting(t) && !graph.children(t.index(), "ccomp", "parataxis").isEmpty();
      Optional<Token> speaker = reportsClause ? Speakers.subjectOf(graph, t.index()) : Optional.empty();
      if (speaker.isPresent()) {
        return speaker.map(h -> new Attribution(sentence, h));
      }
    }
    return Optional.empty();
  }

  private static Participant resolvePronoun(DocumentContext doc, Attribution a) {
    SentenceGraph graph = doc.graph(a.sentence());
    if (!Speakers.isPronoun(a.head())) {
      return Speakers.participant(graph, text(doc), a.head());
    }
    return new PronounAntecedents(doc).antecedent(a)
        .orElseGet(() -> Speakers.participant(graph, text(doc), a.head()));
  }
}
