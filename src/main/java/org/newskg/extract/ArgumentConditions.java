package org.newskg.extract;

import java.util.List;
import java.util.Set;
import org.newskg.nlp.Token;

/**
 * Tells senses apart by their arguments, as the conditions of {@link TriggerEntry} say:
 * {@code military-actor} (forces leave; civilians leaving is no withdrawal), {@code people-target}
 * (capturing soldiers is detaining), {@code thing-target} (capturing a city), {@code
 * military-target} (evacuating troops is withdrawing), {@code thing-or-people-target} (the
 * verb needs an object: "moved the guns", not "moved"), {@code specific} and {@code plural}
 * (nouns), {@code no-predicative} ("called it a success" names, it does not phone), {@code law-actor}
 * (police detaining is an arrest), {@code person-actor} (an official arriving is a visit), {@code agent-target} (banning a
 * company is a sanction, banning a song is not), {@code
 * money-target} (giving money is funding). A missing argument passes for nouns, which often leave it implicit.
 */
final class ArgumentConditions {

  private static final Set<String> LAW = Words.of("law-authority");
  private static final Set<String> OFFICES = Words.of("office-holder");
  private static final Set<String> CURRENCY = Words.of("currency");

  private final NounClasses nouns;

  ArgumentConditions(NounClasses nouns) {
    this.nouns = nouns;
  }

  boolean accepts(TriggerEntry entry, ParseView parse, Token trigger, Roles roles, boolean verb) {
    List<Token> doers = roles.doers();
    List<Token> patients = roles.patients();
    return switch (entry.condition()) {
      case "military-actor" -> doers.isEmpty() ? !verb || isAgentlessPassive(parse, trigger)
          : nouns.isMilitary(parse, doers.get(0));
      case "people-target" -> patients.isEmpty() ? !verb : nouns.isPeople(parse, patients.get(0));
      case "thing-target" -> patients.isEmpty() || !nouns.isPeople(parse, patients.get(0));
      case "military-target" -> !patients.isEmpty() && nouns.isMilitary(parse, patients.get(0))
          && !NounClasses.isPlaceNer(patients.get(0));
      case "thing-or-people-target" -> !patients.isEmpty();
      case "plural" -> trigger.pos().equals("NNS");
      case "no-predicative" -> parse.dependents(trigger.index(), "xcomp").isEmpty()
          && parse.dependents(trigger.index(), "obj").size() < 2;
      case "law-actor" -> !doers.isEmpty() && isLaw(parse, doers.get(0));
      case "person-actor" -> !doers.isEmpty() && isOfficeHolder(doers.get(0));
      case "agent-target" -> !patients.isEmpty() && isAgent(parse, patients.get(0));
      case "money-target" -> !patients.isEmpty() && isMoney(patients.get(0));
      case "specific" -> !roles.isEmpty() || !parse.dependents(trigger.index(), "det").isEmpty();
      default -> true;
    };
  }

  /** "the city was abandoned": the doer is left unsaid, so nothing contradicts the condition. */
  private static boolean isAgentlessPassive(ParseView parse, Token trigger) {
    return !parse.dependents(trigger.index(), "aux:pass").isEmpty();
  }

  /** "police", "the authorities", "security forces": the head or a modifier of it names a legal authority. */
  private static boolean isLaw(ParseView parse, Token doer) {
    return LAW.contains(NounClasses.lemma(doer)) || parse.dependents(doer.index(), "compound", "amod").stream()
        .anyMatch(t -> LAW.contains(NounClasses.lemma(t)));
  }

  private static boolean isOfficeHolder(Token doer) {
    return doer.ner().equals("PERSON") || OFFICES.contains(NounClasses.lemma(doer));
  }

  /** Someone who can be sanctioned: people, an organisation or a state, not a song or a book. */
  private boolean isAgent(ParseView parse, Token patient) {
    return nouns.isPeople(parse, patient) || patient.ner().equals("ORGANIZATION") || NounClasses.isPlaceNer(patient)
        || patient.pos().startsWith("NNP") || (patient.pos().startsWith("NN") && nouns.canAct(patient));
  }

  private static boolean isMoney(Token patient) {
    return patient.ner().equals("MONEY") || CURRENCY.contains(NounClasses.lemma(patient));
  }
}
