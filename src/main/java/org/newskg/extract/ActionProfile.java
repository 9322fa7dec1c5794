package org.newskg.extract;

/**
 * What the extractor knows about one action, as {@code action-profiles.tsv} states it (see the
 * table's header for each column's meaning).
 */
public record ActionProfile(String id, PlaceObject placeObject, boolean ofPhraseIsDoer, boolean doerFromDiscourse,
    boolean inheritsPlace, boolean withPhraseIsDoer) {

  /** What a place the action is done to is. */
  public enum PlaceObject {
    /** Where it happens and what it is done to ("shelled Kherson"). */
    TARGET,
    /** A named place is only where it happens ("withdrew from Kherson"). */
    NAMED,
    /** Any place, named or not, is only where it happens ("captured the city"). */
    ANY
  }

  /** Whether a place object of this action is also its target. */
  public boolean placeObjectIsTarget() {
    return placeObject == PlaceObject.TARGET;
  }
}
