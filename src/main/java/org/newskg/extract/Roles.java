package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import org.newskg.nlp.Token;

/** The argument heads found for one trigger: who did it, to whom or what, and where. */
record Roles(List<Token> doers, List<Token> patients, List<Token> places) {

  Roles {
    doers = List.copyOf(doers);
    patients = List.copyOf(patients);
    places = List.copyOf(places);
  }

  /** The same arguments with the doers taken as what moves ({@link RoleFrame#MOVER}). */
  Roles moverAsTarget() {
    List<Token> moved = new ArrayList<>(patients);
    moved.addAll(doers);
    return new Roles(List.of(), moved, places);
  }

  /** The same arguments with more doers, each once. */
  Roles withDoers(List<Token> more) {
    List<Token> all = new ArrayList<>(doers);
    more.stream().filter(t -> !all.contains(t)).forEach(all::add);
    return new Roles(all, patients, places);
  }

  boolean isEmpty() {
    return doers.isEmpty() && patients.isEmpty() && places.isEmpty();
  }
}
