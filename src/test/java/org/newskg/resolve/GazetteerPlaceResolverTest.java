package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Entity;

class GazetteerPlaceResolverTest {

  private final GazetteerPlaceResolver resolver = new GazetteerPlaceResolver(Fixtures.gazetteer());

  private long id(String mention, String... countries) {
    return resolver.find(mention, Set.of(countries)).orElseThrow(() -> new AssertionError(mention)).geonameid();
  }

  @Test
  void alternateSpellingsAndDiacriticsFindThePlace() {
    assertEquals(3, id("Nowarsk"));
    assertEquals(3, id("NÓVARSK"));
  }

  @Test
  void bareNameOfARegionsSeatMeansTheSeat() {
    assertEquals(3, id("Novarsk"));
    assertEquals(3, id("the city of Novarsk"));
    assertEquals(3, id("Novarsk city"));
  }

  @Test
  void regionDesignatorsSelectTheRegion() {
    assertEquals(2, id("the Novarsk Oblast"));
    assertEquals(2, id("Novarsk region"));
    assertEquals(2, id("the region of Novarsk"));
  }

  @Test
  void riverDesignatorSelectsTheStreamOverATown() {
    assertEquals(6, id("Velyka"));
    assertEquals(5, id("the Velyka River"));
    assertEquals(5, id("the east bank of the Velika"));
  }

  @Test
  void theDocumentsCountryOutranksPopulation() {
    assertEquals(8, id("Portovo"));
    assertEquals(7, id("Portovo", "XA"));
  }

  @Test
  void leadingLowerCaseWordsAreReadPast() {
    assertEquals(10, id("occupied Fredville"));
  }

  @Test
  void countriesOutrankEverything() {
    assertTrue(resolver.find("the Republic of Freedonia", Set.of()).orElseThrow().isCountry());
  }

  @Test
  void knownPlacesCarryGeonamesIriAndPoint() {
    Entity entity = resolver.resolve("Nowarsk", Set.of());
    assertEquals("https://sws.geonames.org/3/", entity.iri());
    assertEquals("Novarsk", entity.label());
    assertEquals(11.5, entity.lat());
  }

  @Test
  void unknownPlacesGetASlugIriWithoutPoint() {
    Entity entity = resolver.resolve("the Old Mill Square", Set.of());
    assertEquals("http://newskg.org/id/place/old-mill-square", entity.iri());
    assertEquals("Old Mill Square", entity.label());
    assertFalse(entity.hasCoordinates());
  }

  @Test
  void aRegionNamedThroughItsSeatsSpellingIsTheRegion() {
    assertEquals(2, id("Nowarsk region"));
  }

  @Test
  void aNameAfterOfKeepsTheHeadsFeatureType() {
    assertEquals(5, id("the right bank of the Velyka River"));
  }

  @Test
  void lowerCaseDescriptionsAreNoNames() {
    assertFalse(resolver.find("south plain", Set.of()).isPresent());
    assertTrue(resolver.find("South Plain", Set.of()).isPresent());
  }

  @Test
  void theDocumentsRegionDecidesBetweenVillagesOfOneCountry() {
    PlaceContext firstRegion = new PlaceContext(Set.of("XA"), Set.of("XA.01"));
    PlaceContext secondRegion = new PlaceContext(Set.of("XA"), Set.of("XA.02"));
    assertEquals(7, resolver.find("Portovo", firstRegion).orElseThrow().geonameid());
    assertEquals("Novarsk", resolver.find("Novarsk", secondRegion).orElseThrow().name());
    assertEquals(3, resolver.find("Novarsk", secondRegion).orElseThrow().geonameid());
  }

  @Test
  void contextComesFromNamesThatFitOneCountryOnly() {
    assertEquals(Set.of("XA"), resolver.contextOf("Velyka").countries());
    assertEquals(Set.of(), resolver.contextOf("Portovo").countries());
    assertEquals(Set.of("XA.01"), resolver.contextOf("Nowarsk").regions());
  }

  @Test
  void aDivisionNameIsKnownOnlyWithItsDivisionWordAndAnAdministrativePlace() {
    assertTrue(resolver.isAdministrativeDivision("Novarsk Oblast"));
    assertTrue(resolver.isAdministrativeDivision("the Novarsk Region"));
    assertFalse(resolver.isAdministrativeDivision("Novarsk"));
    assertFalse(resolver.isAdministrativeDivision("Zembla Province"));
    assertFalse(resolver.isAdministrativeDivision("Velyka River"));
  }
}
