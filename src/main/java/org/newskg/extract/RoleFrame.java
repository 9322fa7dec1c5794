package org.newskg.extract;

/** How a trigger's grammatical arguments map to the event's roles. */
public enum RoleFrame {
  /** Subject and by-phrase do it, object undergoes it. */
  USUAL,
  /**
   * The subject is what moves, not who moves it ("refugees fled", "the minister arrived"): it is
   * the target of a transport, which has no doer in the clause.
   */
  MOVER
}
