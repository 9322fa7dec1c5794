package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.Home;

/** The shipped gazetteer answers the spellings news use. */
class ShippedGazetteerTest {

  // Load time is measured by the ingest benchmark, not asserted here.
  private static final GazetteerPlaceResolver RESOLVER =
      new GazetteerPlaceResolver(Gazetteer.load(Home.path("ontology").resolve(Gazetteer.FILE)));

  private static long id(String mention) {
    return RESOLVER.find(mention, Set.of("UA")).orElseThrow(() -> new AssertionError(mention)).geonameid();
  }

  @Test
  void variantSpellingsMeetInOnePlace() {
    assertEquals(id("Kherson"), id("Cherson"));
    assertEquals(id("Kherson"), id("the city of Kherson"));
  }

  @Test
  void designatorsSelectTheFeatureType() {
    assertTrue(RESOLVER.find("the Kherson Oblast", Set.of()).orElseThrow().isAdm1());
    assertTrue(RESOLVER.find("Kherson region", Set.of()).orElseThrow().isAdm1());
    assertTrue(RESOLVER.find("the Dnipro River", Set.of()).orElseThrow().isStream());
    assertTrue(RESOLVER.find("Dnipro", Set.of()).orElseThrow().isPopulated());
  }

  @Test
  void capitalsAndRegionsRankAboveNamesakes() {
    assertEquals("PPLC", RESOLVER.find("Kyiv", Set.of()).orElseThrow().featureCode());
    assertEquals("RU", RESOLVER.find("Moscow", Set.of("UA")).orElseThrow().country());
    assertTrue(RESOLVER.find("Crimea", Set.of()).orElseThrow().isAdm1());
  }

  @Test
  void shippedCatalogueReadsForcesCapitalsAndMinistries() {
    CatalogueActorResolver actors = new CatalogueActorResolver(ActorCatalogue.load(Home.path("ontology")));
    String russia = "http://newskg.org/id/actor/russia";
    for (String mention : new String[] {"Russian forces", "the Russians", "Moscow", "the Kremlin", "Russian Federation"}) {
      assertEquals(russia, actors.find(mention).orElseThrow(() -> new AssertionError(mention)).iri(), mention);
    }
    assertEquals("http://newskg.org/id/actor/ukraine", actors.find("Ukrainian troops").orElseThrow().iri());
    assertEquals("http://newskg.org/id/actor/russia-ministry-of-defence",
        actors.find("the Russian Defence Ministry").orElseThrow().iri());
    assertEquals("http://newskg.org/id/actor/nato", actors.find("NATO").orElseThrow().iri());
  }
}
