package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.newskg.resolve.Gazetteer;

class GazetteerHierarchyTest {
  // geonameid name alternates lat lon class code country admin1 population (made-up places)
  private static final String TSV = String.join("\n",
      "1\tFrance\t\t46.0\t2.0\tA\tPCLI\tFR\t00\t60000000",
      "2\tNorth Region\t\t50.0\t3.0\tA\tADM1\tFR\t32\t4000000",
      "3\tLilleville\tLille Town\t50.6\t3.1\tP\tPPLA\tFR\t32\t200000",
      "4\tLilleville\t\t10.0\t10.0\tP\tPPL\tXX\t01\t10");

  private final GazetteerHierarchy hierarchy = new GazetteerHierarchy(GazetteerHierarchyTest::gazetteer);

  @Test
  void givesATownItsRegionCountryAndFeatureCode() {
    PlaceFacts facts = hierarchy.facts("https://sws.geonames.org/3/", "Lilleville").orElseThrow();
    assertEquals("https://sws.geonames.org/2/", facts.adm1Iri());
    assertEquals("https://sws.geonames.org/1/", facts.countryIri());
    assertEquals("FR", facts.countryCode());
    assertEquals(GN.NS + "P.PPLA", facts.featureCodeIri());
    assertEquals(java.util.List.of("Lille Town"), facts.alternateNames());
  }

  @Test
  void aRegionHasACountryButNoRegionAbove() {
    PlaceFacts facts = hierarchy.facts("https://sws.geonames.org/2/", "North Region").orElseThrow();
    assertNull(facts.adm1Iri());
    assertEquals("https://sws.geonames.org/1/", facts.countryIri());
  }

  @Test
  void aCountryHasNoParents() {
    PlaceFacts facts = hierarchy.facts("https://sws.geonames.org/1/", "France").orElseThrow();
    assertNull(facts.adm1Iri());
    assertNull(facts.countryIri());
  }

  @Test
  void knowsNothingOfPlacesOutsideGeoNamesOrUnderAnotherId() {
    assertTrue(hierarchy.facts("http://newskg.org/id/place/lilleville", "Lilleville").isEmpty());
    assertTrue(hierarchy.facts("https://sws.geonames.org/99/", "Lilleville").isEmpty());
  }

  @Test
  void anUnknownCountryCodeLeavesTheCountryOut() {
    PlaceFacts facts = hierarchy.facts("https://sws.geonames.org/4/", "Lilleville").orElseThrow();
    assertNull(facts.countryIri());
  }

  private static Gazetteer gazetteer() {
    try {
      return Gazetteer.read(new BufferedReader(new StringReader(TSV)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
