package org.newskg.extract;

import java.util.Set;

/**
 * Actions whose place is not where the story happens: statements, praise, criticism, support,
 * messages, threats and sanctions are issued from anywhere, so they never inherit a place (the
 * topic place, a dateline's city) that their clause does not name. Requests and payments do: the
 * gold places them where what is asked or paid for happens.
 */
public final class UnlocatedActions {
  private static final Set<String> IDS = Set.of(
      "announce", "praise", "criticize", "support", "communicate", "threaten", "sanction");

  private UnlocatedActions() {}

  public static boolean contains(String action) {
    return IDS.contains(action);
  }
}
