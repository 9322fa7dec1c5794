package org.newskg.extract;

/** Where a trigger word came from; the further from the hand-written seeds, the less it is trusted. */
public enum TriggerOrigin {
  SEED(0.9), CURATED(0.8), WORDNET(0.6);

  private final double trust;

  TriggerOrigin(double trust) {
    this.trust = trust;
  }

  /** Prior confidence that a match of this origin names an event of its action. */
  public double trust() {
    return trust;
  }
}
