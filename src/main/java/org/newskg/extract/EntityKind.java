package org.newskg.extract;

/** What kind of thing a participant is. */
public enum EntityKind {
  PERSON, ORGANIZATION, STATE, GROUP, PLACE, OTHER
}
