package org.newskg.resolve;

import java.util.List;
import java.util.Optional;
import org.newskg.extract.EntityKind;
import org.newskg.ingest.Span;
import org.newskg.nlp.AnnotatedDocument;
import org.newskg.nlp.CorefChain;
import org.newskg.nlp.CorefMention;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Antecedents from CoreNLP's coreference chains: a pronoun or description that opens a chain
 * mention takes the chain's representative when that is a proper noun phrase. Empty (and so
 * inert) when the document was annotated without the coref annotator.
 */
final class CorefChainAntecedents {

  private record Link(Span mention, Span representative, String name, EntityKind kind) {}

  private final List<Link> links;
  private final RoleResolution names;

  private CorefChainAntecedents(List<Link> links, RoleResolution names) {
    this.links = links;
    this.names = names;
  }

  /** The document's chains whose representative is a name, resolved through {@code names}. */
  static CorefChainAntecedents of(AnnotatedDocument document, RoleResolution names) {
    List<Sentence> sentences = document.sentences();
    List<Link> links = document.corefChains().stream().filter(c -> isProperName(sentences, c.representative()))
        .flatMap(c -> c.mentions().stream().filter(m -> !m.equals(c.representative()))
            .map(m -> new Link(span(sentences, m), span(sentences, c.representative()), c.representative().text(),
                kind(sentences, c.representative()))))
        .toList();
    return new CorefChainAntecedents(links, names);
  }

  /** The representative's entity for the anaphor beginning at {@code begin}, if its kind fits. */
  Optional<Antecedent> resolve(Anaphor anaphor, int begin) {
    return links.stream().filter(l -> l.mention().begin() == begin).findFirst()
        .map(this::antecedent).filter(anaphor::accepts);
  }

  // A known actor or place first; a proper name no resolver knows stands as an unknown actor.
  private Antecedent antecedent(Link link) {
    int at = link.representative().begin();
    return names.actor(link.name(), at).or(() -> names.place(link.name(), at))
        .orElseGet(() -> names.resolve(link.name(), link.kind(), ParticipantRole.ACTOR, at));
  }

  private static boolean isProperName(List<Sentence> sentences, CorefMention mention) {
    return tokens(sentences, mention).stream().anyMatch(t -> t.pos().startsWith("NNP"));
  }

  // The NER tag of the representative's first proper noun: "he" may then take an unknown person.
  private static EntityKind kind(List<Sentence> sentences, CorefMention mention) {
    String ner = tokens(sentences, mention).stream().filter(t -> t.pos().startsWith("NNP")).findFirst()
        .map(Token::ner).orElse("O");
    return switch (ner) {
      case "PERSON" -> EntityKind.PERSON;
      case "ORGANIZATION" -> EntityKind.ORGANIZATION;
      default -> EntityKind.OTHER;
    };
  }

  private static Span span(List<Sentence> sentences, CorefMention mention) {
    List<Token> tokens = tokens(sentences, mention);
    return new Span(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
  }

  private static List<Token> tokens(List<Sentence> sentences, CorefMention mention) {
    return sentences.get(mention.sentence()).tokens().subList(mention.start() - 1, mention.end() - 1);
  }
}
