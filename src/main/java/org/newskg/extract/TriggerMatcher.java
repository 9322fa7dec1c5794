package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.nlp.Token;

/**
 * Decides whether a token triggers an event: its lemma and part of speech must match a lexicon
 * entry, a phrase's other words must hang off it in the parse, the entry's argument condition
 * must hold, and a noun must refer to a specific event (not a bare generic plural).
 */
final class TriggerMatcher {


  private final TriggerLexicon lexicon;
  private final RoleFinder roles;
  private final ArgumentConditions conditions;

  TriggerMatcher(TriggerLexicon lexicon, RoleFinder roles, ArgumentConditions conditions) {
    this.lexicon = lexicon;
    this.roles = roles;
    this.conditions = conditions;
  }

  Optional<TriggerMatch> match(ParseView parse, Token token) {
    boolean verb = token.pos().startsWith("VB");
    boolean noun = token.pos().equals("NN") || token.pos().equals("NNS");
    boolean adjective = token.pos().startsWith("JJ");
    if (!(verb || noun || adjective) || (verb && isBareParticiple(parse, token))
        || (noun && (isGeneric(parse, token) || isNounModifier(parse, token)))) {
      return Optional.empty();
    }
    for (TriggerEntry entry : lexicon.candidates(token.lemma())) {
      Optional<TriggerMatch> m = tryEntry(parse, token, entry, verb);
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  Optional<TriggerMatch> tryEntry(ParseView parse, Token token, TriggerEntry entry, boolean verb) {
    boolean adjective = token.pos().startsWith("JJ");
    if (verb ? !entry.verb() : adjective ? !entry.adjective() : !entry.noun()) {
      return Optional.empty();
    }
    List<Token> parts = phraseParts(parse, token, entry);
    if (parts == null) {
      return Optional.empty();
    }
    ActionProfile profile = ActionProfiles.of(entry.action());
    Roles found = framed(parse, entry, verb ? roles.forVerb(parse, token) : adjective ? roles.forAdjective(parse, token)
        : roles.forNoun(parse, token, profile.ofPhraseIsDoer()));
    if (profile.withPhraseIsDoer()) {
      found = found.withDoers(RoleFinder.jointParties(parse, token));
    }
    if (!conditions.accepts(entry, parse, token, found, verb)) {
      return Optional.empty();
    }
    return Optional.of(new TriggerMatch(entry, token, parts, found, verb));
  }

  /** A mover verb with an object that is no place moves that object ("moved the guns"): the usual frame. */
  private Roles framed(ParseView parse, TriggerEntry entry, Roles found) {
    boolean movesObject = found.patients().stream().anyMatch(p -> !roles.isPlace(parse, p));
    return entry.frame() == RoleFrame.MOVER && !movesObject ? found.moverAsTarget() : found;
  }

  /** The tokens of a phrase's other words within two dependency steps of the head, or null if one is missing. */
  private static List<Token> phraseParts(ParseView parse, Token head, TriggerEntry entry) {
    List<Token> near = new ArrayList<>();
    for (Token child : parse.dependents(head.index(), r -> !r.startsWith("conj") && !r.equals("punct"))) {
      near.add(child);
      near.addAll(parse.dependents(child.index(), r -> r.equals("case") || r.equals("compound") || r.equals("det")));
    }
    List<Token> parts = new ArrayList<>();
    for (String lemma : entry.lemmas().subList(1, entry.lemmas().size())) {
      Token part = near.stream().filter(t -> t.lemma().equalsIgnoreCase(lemma) || t.word().equalsIgnoreCase(lemma))
          .findFirst().orElse(null);
      if (part == null) {
        return null;
      }
      parts.add(part);
    }
    return parts;
  }

  /** "occupied territories": a past participle used as a plain adjective, with no argument of its own. */
  private static boolean isBareParticiple(ParseView parse, Token token) {
    boolean adjectival = parse.heads(token.index()).stream().anyMatch(d -> d.relation().equals("amod"));
    return adjectival && token.pos().equals("VBN") && parse.dependents(token.index(), r -> true).isEmpty();
  }

  /** "a battle ground", "protest camps", "attack techniques": a noun modifying another names a kind of thing. */
  private static boolean isNounModifier(ParseView parse, Token token) {
    return parse.heads(token.index()).stream().anyMatch(d -> d.relation().equals("compound")
        && d.governor() > token.index() && parse.token(d.governor()).pos().startsWith("NN"));
  }

  /** "withdrawals are costly": a bare plural with no determiner, possessor, modifier or complement. */
  private static boolean isGeneric(ParseView parse, Token token) {
    return token.pos().equals("NNS")
        && parse.dependents(token.index(), "det", "nmod", "amod", "compound", "acl").isEmpty();
  }
}
