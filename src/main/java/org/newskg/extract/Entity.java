package org.newskg.extract;

/**
 * A canonical actor or place: a stable IRI shared by every document, a label, and for places
 * coordinates when known ({@code lat}/{@code lon} null otherwise).
 */
public record Entity(String iri, String label, EntityKind kind, Double lat, Double lon) {

  public boolean hasCoordinates() {
    return lat != null && lon != null;
  }
}
