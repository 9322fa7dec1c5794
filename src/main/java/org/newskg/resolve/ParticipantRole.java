package org.newskg.resolve;

/** The role a participant plays in its event mention; it decides which resolver goes first. */
enum ParticipantRole {
  ACTOR, TARGET, PLACE, SOURCE
}
