package org.newskg.extract;

import java.util.List;
import org.newskg.nlp.Token;

/** The argument heads found for one trigger: who did it, to whom or what, and where. */
record Roles(List<Token> doers, List<Token> patients, List<Token> places) {

  Roles {
    doers = List.copyOf(doers);
    patients = List.copyOf(patients);
    places = List.copyOf(places);
  }

  boolean isEmpty() {
    return doers.isEmpty() && patients.isEmpty() && places.isEmpty();
  }
}
