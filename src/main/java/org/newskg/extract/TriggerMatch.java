package org.newskg.extract;

import java.util.List;
import org.newskg.nlp.Token;

/** A lexicon entry matched at a head token, with the phrase's other tokens and the arguments found. */
record TriggerMatch(TriggerEntry entry, Token head, List<Token> parts, Roles roles, boolean verb) {

  TriggerMatch {
    parts = List.copyOf(parts);
  }
}
