package org.newskg.extract;

import java.util.List;
import org.newskg.nlp.Token;

/**
 * Tells senses apart by their arguments, as the conditions of {@link TriggerEntry} say:
 * {@code military-actor} (forces leave; civilians leaving is no withdrawal), {@code people-target}
 * (capturing soldiers is detaining), {@code thing-target} (capturing a city), {@code
 * military-target} (evacuating troops is withdrawing), {@code thing-or-people-target} (the
 * verb needs an object: "moved the guns", not "moved"), {@code specific} and {@code plural}
 * (nouns), {@code no-predicative} ("called it a success" names, it does not phone). A missing argument passes for nouns, which often leave it implicit.
 */
final class ArgumentConditions {

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
      case "specific" -> !roles.isEmpty() || !parse.dependents(trigger.index(), "det").isEmpty();
      default -> true;
    };
  }

  /** "the city was abandoned": the doer is left unsaid, so nothing contradicts the condition. */
  private static boolean isAgentlessPassive(ParseView parse, Token trigger) {
    return !parse.dependents(trigger.index(), "aux:pass").isEmpty();
  }
}
