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
 * money-target} (giving money is funding), {@code remote-contact} (by phone or letter: "spoke by
 * phone" is communicating, "spoke" alone reports), {@code money-or-no-object} ("did not pay", not
 * "paid respects"), {@code agent-or-no-object} ("met the minister", not "met the requirements"),
 * {@code place-or-no-object} ("left the city", not "left open the possibility"), {@code place-target}
 * ("reached Athens", not "reached a deal"), {@code law-or-no-actor} ("were detained": by the
 * authorities unless the clause says otherwise), {@code destination}
 * ("went to Paris"). A missing argument passes for nouns, which often leave it implicit.
 */
final class ArgumentConditions {

  private static final Set<String> LAW = Words.of("law-authority");
  private static final Set<String> OFFICES = Words.of("office-holder");
  private static final Set<String> CURRENCY = Words.of("currency");
  private static final Set<String> MEDIA = Words.of("remote-medium");
  private static final Set<String> DESTINATION = Words.of("destination-preposition");
  private static final Set<String> DIRECTIONS = Words.of("direction-adverb");

  private final NounClasses nouns;

  ArgumentConditions(NounClasses nouns) {
    this.nouns = nouns;
  }

  /** Whether every condition of the entry ("a+b": both) holds. */
  boolean accepts(TriggerEntry entry, ParseView parse, Token trigger, Roles roles, boolean verb) {
    for (String condition : entry.condition().split("\\+")) {
      if (!holds(condition, parse, trigger, roles, verb)) {
        return false;
      }
    }
    return true;
  }

  private boolean holds(String condition, ParseView parse, Token trigger, Roles roles, boolean verb) {
    List<Token> doers = roles.doers();
    List<Token> patients = roles.patients();
    return switch (condition) {
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
      case "law-or-no-actor" -> doers.isEmpty() || isLaw(parse, doers.get(0));
      case "place-target" -> !patients.isEmpty() && nouns.isPlace(parse, patients.get(0));
      case "person-actor" -> !doers.isEmpty() && isOfficeHolder(doers.get(0));
      case "agent-target" -> !patients.isEmpty() && isAgent(parse, patients.get(0));
      case "money-target" -> !patients.isEmpty() && isMoney(patients.get(0));
      case "specific" -> !roles.isEmpty() || !parse.dependents(trigger.index(), "det").isEmpty();
      case "remote-contact" -> isRemote(parse, trigger);
      case "money-or-no-object" -> patients.isEmpty() || isMoney(patients.get(0));
      case "agent-or-no-object" -> patients.isEmpty() || isAgent(parse, patients.get(0));
      case "place-or-no-object" -> patients.isEmpty() || nouns.isPlace(parse, patients.get(0));
      case "destination" -> hasDestination(parse, trigger);
      default -> true;
    };
  }

  /** "spoke by phone", "a telephone call", "wrote letters": contact through a medium, not face to face. */
  private static boolean isRemote(ParseView parse, Token trigger) {
    for (Token child : parse.dependents(trigger.index(), r -> !r.equals("punct"))) {
      if (MEDIA.contains(NounClasses.lemma(child)) || parse.dependents(child.index(), "compound", "amod").stream()
          .anyMatch(t -> MEDIA.contains(NounClasses.lemma(t)))) {
        return true;
      }
    }
    return false;
  }

  /** "went to Paris", "headed into the city", "returned home": movement toward a place. */
  private boolean hasDestination(ParseView parse, Token trigger) {
    boolean toPlace = parse.dependents(trigger.index(), "obl").stream()
        .anyMatch(t -> DESTINATION.contains(parse.preposition(t.index())) && nouns.isPlace(parse, t));
    return toPlace || parse.dependents(trigger.index(), "advmod", "obl:npmod").stream()
        .anyMatch(t -> DIRECTIONS.contains(NounClasses.lemma(t)));
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
