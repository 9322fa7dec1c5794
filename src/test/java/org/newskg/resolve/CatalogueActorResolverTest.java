package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityKind;

class CatalogueActorResolverTest {

  private final CatalogueActorResolver resolver = new CatalogueActorResolver(Fixtures.catalogue());

  private String iri(String mention) {
    return resolver.resolve(mention, EntityKind.OTHER).iri();
  }

  @Test
  void forcesDemonymsCapitalsAndSeatsNameTheState() {
    String state = "http://newskg.org/id/actor/freedonia";
    assertEquals(state, iri("Freedonian forces"));
    assertEquals(state, iri("the Freedonians"));
    assertEquals(state, iri("Freedonia's army"));
    assertEquals(state, iri("the armed forces of Freedonia"));
    assertEquals(state, iri("Fredville"));
    assertEquals(state, iri("the Gray House"));
    assertEquals(state, iri("remaining Freedonian soldiers"));
  }

  @Test
  void ministriesAreActorsOfTheirOwn() {
    String ministry = "http://newskg.org/id/actor/freedonia-ministry-of-defence";
    assertEquals(ministry, iri("the Freedonian Defence Ministry"));
    assertEquals(ministry, iri("Ministry of Defense of Freedonia"));
    assertEquals("Freedonian Ministry of Defence", resolver.resolve("Freedonian MoD", EntityKind.OTHER).label());
    assertEquals(EntityKind.ORGANIZATION, resolver.resolve("Sylvanian Foreign Ministry", EntityKind.OTHER).kind());
  }

  @Test
  void organisationsByAbbreviation() {
    assertEquals("http://newskg.org/id/actor/league-of-testers", iri("LOT"));
  }

  @Test
  void unknownNamesMeetInOneNodePerKind() {
    assertEquals("http://newskg.org/id/person/jane-doe", resolver.resolve("Jane Doe", EntityKind.PERSON).iri());
    assertEquals("http://newskg.org/id/organization/acme-corp",
        resolver.resolve("the Acme Corp.", EntityKind.ORGANIZATION).iri());
    assertEquals("http://newskg.org/id/group/night-riders", resolver.resolve("Night Riders", EntityKind.GROUP).iri());
    assertEquals("http://newskg.org/id/actor/civilians", resolver.resolve("civilians", EntityKind.OTHER).iri());
  }

  @Test
  void lowerCaseWordsBeforeAnUnknownNameDoNotMatchTheCatalogue() {
    assertEquals("http://newskg.org/id/actor/angry-farmers", iri("angry farmers"));
  }

  @Test
  void lowerCaseDescriptionsNameNoCatalogueActor() {
    String state = "http://newskg.org/id/actor/freedonia";
    assertNotEquals(state, iri("an old gray house"));
    assertNotEquals(state, iri("fredville"));
    assertEquals(state, iri("an old Gray House"));
  }
}
