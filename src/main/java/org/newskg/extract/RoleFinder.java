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

  static final Set<String> LOCATIVE = Set.of("in", "at", "from", "to", "into", "across", "near", "toward", "towards",
      "inside", "outside", "around", "through", "onto", "past", "throughout", "within", "out_of", "on", "over", "behind");

  // Verbs whose subject is the one the event happens to, not its doer.
  private static final Set<String> UNACCUSATIVE = Set.of("die", "drown", "perish", "starve", "collapse", "fall");

  // Verbs whose object names the event their subject does ("made a visit", "announced the annexation").
  private static final Set<String> SUPPORT = Set.of("make", "pay", "take", "carry", "conduct", "launch", "begin",
      "start", "complete", "finish", "announce", "declare", "order", "stage", "mount", "undertake", "continue",
      "resume", "hold", "initiate", "lead", "perform", "execute");

  private final NounClasses nouns;

  RoleFinder(NounClasses nouns) {
    this.nouns = nouns;
  }

  Roles forVerb(ParseView parse, Token trigger) {
    int i = trigger.index();
    List<Token> doers = new ArrayList<>(parse.dependents(i, r -> r.equals("nsubj") || r.startsWith("nsubj:xsubj")
        || r.equals("obl:agent") || r.equals("obl:by") && isPassive(parse, i)));
    List<Token> patients = new ArrayList<>(parse.dependents(i, "obj", "nsubj:pass"));
    if (UNACCUSATIVE.contains(trigger.lemma().toLowerCase())) {
      // "soldiers drowned": the subject undergoes the event.
      patients.addAll(doers);
      doers.clear();
    }
    modifiedNoun(parse, trigger, doers, patients);
    // An event is not its own doer, nor is a time, a plan or a statement.
    doers.removeIf(t -> t.index() == i || isTemporal(t) || !nouns.canAct(t));
    if (doers.isEmpty()) {
      // "equipment appeared to have been moved": a passive's raised subject is moved, not mover.
      List<Token> inherited = inheritedSubject(parse, i);
      (isPassive(parse, i) ? patients : doers).addAll(inherited.stream().filter(nouns::canAct).toList());
    }
    return new Roles(doers, patients, places(parse, i, patients));
  }

  Roles forNoun(ParseView parse, Token trigger, boolean ofArgIsDoer) {
    int i = trigger.index();
    List<Token> doers = new ArrayList<>(parse.dependents(i, "nmod:poss", "nmod:by", "nmod:agent"));
    parse.dependents(i, "amod", "compound").stream().filter(NounClasses::isNationalityAdjective).forEach(doers::add);
    if (doers.isEmpty()) {
      doers.addAll(supportSubjects(parse, i));
    }
    doers.removeIf(t -> t.index() == i || !nouns.canAct(t));
    List<Token> patients = new ArrayList<>();
    for (Token of : parse.dependents(i, "nmod:of")) {
      (ofArgIsDoer ? doers : patients).add(of);
    }
    return new Roles(doers, patients, places(parse, i, patients));
  }

  /** The subject of an active support verb whose object the event noun is ("Russia announced the annexation"). */
  private static List<Token> supportSubjects(ParseView parse, int noun) {
    List<Token> subjects = new ArrayList<>();
    for (Dependency d : parse.heads(noun)) {
      Token verb = parse.token(d.governor());
      if (d.relation().equals("obj") && SUPPORT.contains(verb.lemma().toLowerCase()) && !isPassive(parse, verb.index())) {
        subjects.addAll(parse.dependents(verb.index(), r -> r.equals("nsubj") || r.startsWith("nsubj:xsubj")));
      }
    }
    return subjects;
  }

  /** "withdrawn by the evening of 10 November": a by-phrase of time is no agent. */
  private static boolean isTemporal(Token t) {
    return t.ner().equals("DATE") || t.ner().equals("TIME") || t.ner().equals("DURATION");
  }

  private static boolean isPassive(ParseView parse, int verb) {
    return !parse.dependents(verb, "aux:pass", "nsubj:pass").isEmpty();
  }

  /** "the evacuated civilians" (patient), "advancing troops" (doer), "a raccoon stolen by X" (patient). */
  private static void modifiedNoun(ParseView parse, Token trigger, List<Token> doers, List<Token> patients) {
    for (Dependency d : parse.heads(trigger.index())) {
      if (ParseView.matches(d.relation(), "amod", "acl") && !d.relation().startsWith("acl:relcl")) {
        (trigger.pos().equals("VBN") ? patients : doers).add(parse.token(d.governor()));
      }
    }
  }

  /** A trigger without a subject of its own shares that of the clause it depends on. */
  private static List<Token> inheritedSubject(ParseView parse, int verb) {
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
