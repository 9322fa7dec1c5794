package org.newskg.extract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The profiles of every action, read from {@code action-profiles.tsv}: one row per id of
 * {@code actions.tsv}, so that adding an action or changing how its roles are read is a data change.
 */
public final class ActionProfiles {
  private static final String TABLE = "action-profiles.tsv";
  private static final Map<String, ActionProfile> PROFILES = read();

  private ActionProfiles() {}

  /** The profile of an action id; an id without one is a programming error. */
  public static ActionProfile of(String action) {
    ActionProfile profile = PROFILES.get(action);
    if (profile == null) {
      throw new IllegalArgumentException("action '" + action + "' has no row in " + TABLE);
    }
    return profile;
  }

  /** The ids the table profiles, in table order. */
  public static Set<String> ids() {
    return PROFILES.keySet();
  }

  private static Map<String, ActionProfile> read() {
    Map<String, ActionProfile> profiles = new LinkedHashMap<>();
    for (String[] row : TriggerLexicon.rows(TABLE)) {
      profiles.put(row[0], new ActionProfile(row[0], ActionProfile.PlaceObject.valueOf(row[1].toUpperCase(Locale.ROOT)),
          row[2].equals("doer"), yes(row[3]), yes(row[4]), row[5].equals("doer")));
    }
    return profiles;
  }

  private static boolean yes(String cell) {
    if (!cell.equals("yes") && !cell.equals("no")) {
      throw new IllegalArgumentException(TABLE + ": '" + cell + "' is neither yes nor no");
    }
    return cell.equals("yes");
  }
}
