package org.newskg.resolve;

/**
 * One gazetteer feature: its GeoNames id, name, point, GeoNames feature class and code (for
 * example {@code P}/{@code PPLA}), ISO country, admin1 code and population (0 when unknown).
 */
public record Place(
    long geonameid,
    String name,
    double lat,
    double lon,
    String featureClass,
    String featureCode,
    String country,
    String admin1,
    long population) {

  public static final String IRI_BASE = "https://sws.geonames.org/";

  public String iri() {
    return IRI_BASE + geonameid + "/";
  }

  public boolean isCountry() {
    return featureCode.startsWith("PCL");
  }

  public boolean isAdm1() {
    return "ADM1".equals(featureCode);
  }

  public boolean isAdministrative() {
    return "A".equals(featureClass) && !isCountry();
  }

  public boolean isPopulated() {
    return "P".equals(featureClass);
  }

  /** A capital or the seat of a first-order division. */
  public boolean isSeat() {
    return "PPLC".equals(featureCode) || "PPLA".equals(featureCode);
  }

  public boolean isStream() {
    return featureCode.startsWith("STM");
  }

  /** The same country and first-order division. */
  public boolean sameAdm1(Place other) {
    return country.equals(other.country) && admin1.equals(other.admin1);
  }
}
