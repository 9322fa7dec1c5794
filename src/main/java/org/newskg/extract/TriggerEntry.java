package org.newskg.extract;

import java.util.List;

/**
 * One way to name an action: the head lemma followed by the lemmas that must hang off it in the
 * parse ("pull" + "out"), the parts of speech it may take, an optional argument condition (see
 * {@link ArgumentConditions}), how its arguments map to roles ({@link RoleFrame}) and its origin.
 */
public record TriggerEntry(List<String> lemmas, boolean verb, boolean noun, boolean adjective, String action,
    String condition, RoleFrame frame, TriggerOrigin origin) {

  public TriggerEntry {
    lemmas = List.copyOf(lemmas);
    condition = condition == null ? "" : condition;
  }

  /** A verb or noun entry with the usual frame. */
  public TriggerEntry(
      List<String> lemmas, boolean verb, boolean noun, String action, String condition, TriggerOrigin origin) {
    this(lemmas, verb, noun, false, action, condition, RoleFrame.USUAL, origin);
  }

  public TriggerEntry withOrigin(TriggerOrigin newOrigin) {
    return new TriggerEntry(lemmas, verb, noun, adjective, action, condition, frame, newOrigin);
  }

  public String head() {
    return lemmas.get(0);
  }

  public boolean isPhrase() {
    return lemmas.size() > 1;
  }

  /** More specific entries are tried first: phrases, then conditioned words. */
  public int specificity() {
    return lemmas.size() * 2 + (condition.isEmpty() ? 0 : 1);
  }
}
