package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.nlp.Dependency;
import org.newskg.nlp.Token;

/**
 * Reads a trigger's arguments off the enhanced++ graph: subjects (also controlled, "have to
 * withdraw"), passive agents, objects and passive subjects, the noun a participle modifies, the
 * subject of the clause an adverbial or coordinated trigger hangs off, and locative obliques.
 */
final class RoleFinder {

  static final Set<String> LOCATIVE = Words.of("locative-preposition");

  private static final Set<String> UNACCUSATIVE = Words.of("unaccusative-verb");

  private static final Set<String> SUPPORT = Words.of("support-verb");

  private static final Set<String> OWNERSHIP = Words.of("ownership-noun");

  private static final Set<String> CONTROL = Words.of("control-noun");

  private static final Set<String> LEADING = Words.of("leading-participle");

  private final NounClasses nouns;

  RoleFinder(NounClasses nouns) {
    this.nouns = nouns;
  }

  Roles forVerb(ParseView parse, Token trigger) {
    int i = trigger.index();
    List<Token> controllers = objectControllers(parse, i);
    List<Token> doers = new ArrayList<>(parse.dependents(i, r -> r.equals("nsubj") || r.startsWith("nsubj:xsubj") && controllers.isEmpty()
        || r.equals("obl:agent") || r.equals("obl:by") && isPassive(parse, i)));
    doers.addAll(controllers);
    List<Token> patients = new ArrayList<>(parse.dependents(i, "obj", "nsubj:pass"));
    if (UNACCUSATIVE.contains(trigger.lemma().toLowerCase())) {
      // "soldiers drowned": the subject undergoes the event.
      patients.addAll(doers);
      doers.clear();
    }
    modifiedNoun(parse, trigger, doers, patients);
    boolean handsOver = patients.removeIf(t -> CONTROL.contains(NounClasses.lemma(t)));
    if (handsOver) {
      patients.addAll(controlled(parse, parse.dependents(i, "obj")));
    }
    // An event is not its own doer, nor is a time, a plan or a statement; a weapon or another event
    // hands the role to whoever it belongs to ("Russian missiles struck", "a Syrian airstrike killed").
    doers = doersBehind(parse, doers, i);
    boolean passive = isPassive(parse, i);
    // A passive with a subject of its own needs none from the clause above ("X said that Y was left").
    if (doers.isEmpty() && !(passive && !patients.isEmpty())) {
      // "equipment appeared to have been moved": a passive's raised subject is moved, not mover.
      List<Token> inherited = inheritedSubject(parse, i);
      (passive ? patients : doers).addAll(inherited.stream().filter(nouns::canAct).toList());
    }
    List<Token> places = places(parse, i, patients);
    // "ceded control of the province to the rebels": whom control goes to is no place.
    places.removeIf(t -> handsOver && parse.preposition(t.index()).equals("to") && parse.relation(i, t.index()) != null);
    return new Roles(doers, patients, places);
  }

  private List<Token> doersBehind(ParseView parse, List<Token> candidates, int trigger) {
    List<Token> doers = new ArrayList<>();
    for (Token t : candidates) {
      if (t.index() == trigger || isTemporal(t)) {
        continue;
      }
      if (nouns.canAct(t) && !nouns.isInstrument(t)) {
        doers.add(t);
      } else {
        doers.addAll(owners(parse, t));
      }
    }
    return doers;
  }

  /** Who a weapon or an event noun belongs to: its possessor or its nationality adjective. */
  private List<Token> owners(ParseView parse, Token thing) {
    List<Token> owners = new ArrayList<>(parse.dependents(thing.index(), "nmod:poss"));
    parse.dependents(thing.index(), "amod", "compound").stream().filter(NounClasses::isNationalityAdjective)
        .forEach(owners::add);
    owners.removeIf(t -> isTemporal(t) || !nouns.canAct(t));
    return owners;
  }

  /** "control of about 40% of the province": what the control is over, past shares and amounts. */
  private static List<Token> controlled(ParseView parse, List<Token> objects) {
    List<Token> over = new ArrayList<>();
    for (Token object : objects) {
      Token t = object;
      List<Token> of = parse.dependents(t.index(), "nmod:of");
      while (!of.isEmpty() && (t == object || !NounClasses.isPlaceNer(t) && !t.pos().startsWith("NNP"))) {
        t = of.get(0);
        of = parse.dependents(t.index(), "nmod:of");
      }
      if (t != object) {
        over.add(t);
      }
    }
    return over;
  }

  boolean isPlace(ParseView parse, Token t) {
    return nouns.isPlace(parse, t);
  }

  /** "met with X", "talks between X and Y": the other parties of a joint act (and their conjuncts). */
  static List<Token> jointParties(ParseView parse, Token trigger) {
    List<Token> parties = new ArrayList<>();
    for (Token t : parse.dependents(trigger.index(), "obl:with", "nmod:with", "nmod:between", "obl:between")) {
      parties.add(t);
      parties.addAll(parse.dependents(t.index(), "conj"));
    }
    return parties;
  }

  /**
   * "ten civilians dead", "were found dead", "left 20 dead": an adjective's subject, the noun it
   * modifies, or the object of the verb it completes undergoes the event.
   */
  Roles forAdjective(ParseView parse, Token trigger) {
    int i = trigger.index();
    List<Token> patients = new ArrayList<>(parse.dependents(i, "nsubj"));
    for (Dependency d : parse.heads(i)) {
      if (ParseView.matches(d.relation(), "amod")) {
        patients.add(parse.token(d.governor()));
      } else if (ParseView.matches(d.relation(), "xcomp")) {
        patients.addAll(parse.dependents(d.governor(), "obj"));
      }
    }
    patients.removeIf(t -> t.index() == i);
    return new Roles(List.of(), patients, places(parse, i, patients));
  }

  Roles forNoun(ParseView parse, Token trigger, boolean ofArgIsDoer) {
    int i = trigger.index();
    List<Token> doers = new ArrayList<>(parse.dependents(i, "nmod:poss", "nmod:by", "nmod:agent"));
    // "Russian airstrikes", "the Assad offensive", "a Taliban attack", "the U.S.-led invasion".
    parse.dependents(i, "amod", "compound").stream()
        .filter(t -> NounClasses.isNationalityAdjective(t) || NounClasses.isAgentName(t)).forEach(doers::add);
    doers.addAll(leaders(parse, i));
    if (doers.isEmpty()) {
      doers.addAll(supportSubjects(parse, i));
    }
    // "Tuesday's attack": a time owns no event; "the missiles' strike": a weapon does not either.
    doers = doersBehind(parse, doers, i);
    List<Token> patients = new ArrayList<>();
    for (Token of : parse.dependents(i, "nmod:of")) {
      (ofArgIsDoer ? doers : patients).add(of);
    }
    return new Roles(doers, patients, places(parse, i, patients));
  }

  /** "the U.S.-led invasion", "an Iran-backed attack": who the participle names as leading the event. */
  private static List<Token> leaders(ParseView parse, int noun) {
    List<Token> leaders = new ArrayList<>();
    for (Token modifier : parse.dependents(noun, "amod", "acl")) {
      if (LEADING.contains(NounClasses.lemma(modifier))) {
        leaders.addAll(parse.dependents(modifier.index(), r -> !r.equals("punct")).stream()
            .filter(t -> t.pos().startsWith("NNP") || NounClasses.isNationalityAdjective(t)).toList());
      }
    }
    return leaders;
  }

  /**
   * The subject of an active support verb whose object the event noun is ("Russia announced the
   * annexation"), also through a purpose clause ("X began efforts to facilitate the evacuation")
   * or a noun of ownership ("X claimed responsibility for the attack").
   */
  private List<Token> supportSubjects(ParseView parse, int noun) {
    List<Token> subjects = new ArrayList<>();
    for (Dependency d : parse.heads(noun)) {
      Token head = parse.token(d.governor());
      if (d.relation().equals("nmod:for") && OWNERSHIP.contains(head.lemma().toLowerCase())) {
        subjects.addAll(undertakers(parse, head.index()));
      }
      if (d.relation().equals("obj") && SUPPORT.contains(head.lemma().toLowerCase()) && !isPassive(parse, head.index())) {
        // "began efforts to facilitate": "efforts" controls by parse, but only its owner can act.
        List<Token> own = parse.dependents(head.index(), r -> r.equals("nsubj") || r.startsWith("nsubj:xsubj"));
        own.removeIf(t -> !nouns.canAct(t));
        subjects.addAll(own.isEmpty() ? inheritedSubject(parse, head.index()) : own);
      }
    }
    return subjects;
  }

  /** Who undertakes what a noun names: the subject of the active verb whose object it is ("bore the responsibility"). */
  private static List<Token> undertakers(ParseView parse, int noun) {
    List<Token> subjects = new ArrayList<>();
    for (Dependency d : parse.heads(noun)) {
      if (d.relation().equals("obj") && !isPassive(parse, d.governor())) {
        subjects.addAll(parse.dependents(d.governor(), "nsubj"));
      }
    }
    return subjects;
  }

  /**
   * A subjectless verb of purpose hanging off a noun that a support verb takes ("X announced
   * plans to withdraw", "X began efforts to evacuate"): the support verb's subject does it.
   */
  private static List<Token> purposeOwners(ParseView parse, int verb) {
    List<Token> owners = new ArrayList<>();
    for (Dependency d : parse.heads(verb)) {
      if (d.relation().startsWith("acl") && !d.relation().startsWith("acl:relcl")) {
        for (Dependency up : parse.heads(d.governor())) {
          Token support = parse.token(up.governor());
          if (up.relation().equals("obj") && SUPPORT.contains(support.lemma().toLowerCase())
              && !isPassive(parse, support.index())) {
            owners.addAll(parse.dependents(support.index(), "nsubj"));
          }
        }
      }
    }
    return owners;
  }

  /** "withdrawn by the evening of 10 November": a by-phrase of time is no agent. */
  private static boolean isTemporal(Token t) {
    return t.ner().equals("DATE") || t.ner().equals("TIME") || t.ner().equals("DURATION");
  }

  private static boolean isPassive(ParseView parse, int verb) {
    return !parse.dependents(verb, "aux:pass", "nsubj:pass").isEmpty();
  }

  /**
   * "the evacuated civilians" (patient), "advancing troops" (doer), "a raccoon stolen by X"
   * (patient); a participle after a coordination modifies all of it ("trucks and tanks left behind").
   */
  private static void modifiedNoun(ParseView parse, Token trigger, List<Token> doers, List<Token> patients) {
    for (Dependency d : parse.heads(trigger.index())) {
      if (ParseView.matches(d.relation(), "amod", "acl") && !d.relation().startsWith("acl:relcl")) {
        // A past form modifying a noun is a participle, even when tagged as a past tense.
        boolean participle = trigger.pos().equals("VBN") || trigger.pos().equals("VBD") && d.relation().equals("acl");
        List<Token> role = participle ? patients : doers;
        role.add(parse.token(d.governor()));
        if (d.governor() < trigger.index()) {
          role.addAll(parse.dependents(d.governor(), r -> r.startsWith("conj")).stream()
              .filter(c -> c.index() < trigger.index()).toList());
        }
      }
    }
  }

  /**
   * "called on the soldiers to surrender", "urged residents to leave": the one asked controls the
   * infinitive, not the one asking (whom the parse's controlled subject names).
   */
  private List<Token> objectControllers(ParseView parse, int verb) {
    List<Token> controllers = new ArrayList<>();
    for (Dependency d : parse.heads(verb)) {
      if (ParseView.matches(d.relation(), "xcomp")) {
        controllers.addAll(parse.dependents(d.governor(), "obj", "obl:on").stream().filter(nouns::canAct).toList());
      }
    }
    return controllers;
  }

  /** A trigger without a subject of its own shares that of the clause it depends on. */
  private static List<Token> inheritedSubject(ParseView parse, int verb) {
    List<Token> owners = purposeOwners(parse, verb);
    if (!owners.isEmpty()) {
      return owners;
    }
    for (Dependency d : parse.heads(verb)) {
      boolean gerundAdjunct = ParseView.matches(d.relation(), "obl", "nmod") && parse.token(verb).pos().equals("VBG");
      if (gerundAdjunct || ParseView.matches(d.relation(), "advcl", "xcomp", "conj", "ccomp")) {
        List<Token> subjects = parse.dependents(d.governor(), "nsubj");
        if (!subjects.isEmpty()) {
          return subjects;
        }
      }
    }
    return List.of();
  }

  private List<Token> places(ParseView parse, int head, List<Token> patients) {
    List<Token> places = new ArrayList<>();
    for (Token arg : parse.dependents(head, "obl", "nmod")) {
      if (LOCATIVE.contains(parse.preposition(arg.index())) && nouns.isPlace(parse, arg)) {
        places.add(arg);
        places.addAll(namedWithin(parse, arg));
      }
    }
    for (Token patient : patients) {
      for (Token arg : parse.dependents(patient.index(), "nmod")) {
        if (LOCATIVE.contains(parse.preposition(arg.index()))) {
          places.addAll(NounClasses.isPlaceNer(arg) ? List.of(arg) : namedWithin(parse, arg));
        }
      }
    }
    return places;
  }

  /** "positions across the Dnipro", "parts of the oblast of X": the named place a common-noun place lies in or by. */
  private static List<Token> namedWithin(ParseView parse, Token place) {
    if (NounClasses.isPlaceNer(place)) {
      return List.of();
    }
    return parse.dependents(place.index(), "nmod").stream().filter(NounClasses::isPlaceNer)
        .filter(t -> LOCATIVE.contains(parse.preposition(t.index())) || parse.preposition(t.index()).equals("of"))
        .toList();
  }
}
