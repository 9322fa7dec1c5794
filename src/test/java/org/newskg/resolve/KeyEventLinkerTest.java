package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityKind;
import org.newskg.extract.EventMention;
import org.newskg.extract.Participant;

class KeyEventLinkerTest {

  private static final Participant CITY = Fixtures.resolved("https://sws.geonames.org/3/", EntityKind.PLACE, 11.0);
  private static final Participant TOWN = Fixtures.resolved("https://sws.geonames.org/7/", EntityKind.PLACE, 14.0);
  private static final Participant STATE = Fixtures.resolved("http://newskg.org/id/actor/freedonia", EntityKind.STATE, null);
  private static final Participant OTHER_STATE = Fixtures.resolved("http://newskg.org/id/actor/sylvania", EntityKind.STATE, null);

  private final KeyEventLinker linker = new KeyEventLinker(PlaceRegions.NONE);

  private static EventMention m(String doc, int index, String action, String date, List<Participant> actors,
      List<Participant> places) {
    return Fixtures.mention(doc, index, action, date, actors, places);
  }

  @Test
  void oneEventReportedByTwoDocumentsGetsOneKey() {
    List<EventMention> linked = linker.link(List.of(
        m("a", 0, "withdraw", "2030-05-02/2030-05-04", List.of(STATE), List.of(CITY)),
        m("b", 0, "withdraw", "2030-05-03", List.of(), List.of(CITY))));
    assertEquals(linked.get(0).eventKey(), linked.get(1).eventKey());
    assertEquals("withdraw-gn3-2030-05", linked.get(0).eventKey());
  }

  @Test
  void keysDoNotDependOnWhatElseIsLinked() {
    EventMention alone = m("b", 0, "withdraw", "2030-05-03", List.of(), List.of(CITY));
    String key = linker.link(List.of(alone)).get(0).eventKey();
    List<EventMention> crowd = linker.link(List.of(
        m("a", 0, "attack", "2030-05-01", List.of(STATE), List.of(TOWN)), alone));
    assertEquals(key, crowd.get(1).eventKey());
  }

  @Test
  void differentActionPlaceOrMonthMakeDifferentEvents() {
    List<EventMention> linked = linker.link(List.of(
        m("a", 0, "withdraw", "2030-05-02", List.of(STATE), List.of(CITY)),
        m("b", 0, "capture", "2030-05-02", List.of(STATE), List.of(CITY)),
        m("c", 0, "withdraw", "2030-05-02", List.of(STATE), List.of(TOWN)),
        m("d", 0, "withdraw", "2030-09-02", List.of(STATE), List.of(CITY))));
    assertEquals(4, linked.stream().map(EventMention::eventKey).distinct().count());
  }

  @Test
  void withinADocumentASharedActorJoinsAMentionWithoutPlace() {
    List<EventMention> linked = linker.link(List.of(
        m("a", 0, "withdraw", "2030-05-02", List.of(STATE), List.of(CITY)),
        m("a", 1, "withdraw", null, List.of(STATE), List.of()),
        m("a", 2, "withdraw", "2030-05-02", List.of(OTHER_STATE), List.of())));
    assertEquals(linked.get(0).eventKey(), linked.get(1).eventKey());
    assertNotEquals(linked.get(0).eventKey(), linked.get(2).eventKey());
    assertEquals("withdraw-actor-sylvania-2030-05", linked.get(2).eventKey());
  }

  @Test
  void sameActorAtTwoPlacesIsTwoEvents() {
    List<EventMention> linked = linker.link(List.of(
        m("a", 0, "withdraw", "2030-05-02", List.of(STATE), List.of(CITY)),
        m("a", 1, "withdraw", "2030-05-02", List.of(STATE), List.of(TOWN))));
    assertNotEquals(linked.get(0).eventKey(), linked.get(1).eventKey());
  }

  @Test
  void mentionsWithNeitherPlaceNorActorStayApartAndKeysAreUrlSafe() {
    List<EventMention> linked = linker.link(List.of(
        m("Doc 7", 0, "protest", null, List.of(), List.of()),
        m("Doc 7", 1, "protest", null, List.of(), List.of())));
    assertNotEquals(linked.get(0).eventKey(), linked.get(1).eventKey());
    linked.forEach(m -> assertTrue(m.eventKey().matches("[a-z0-9_-]+"), m.eventKey()));
  }

  @Test
  void anIntervalAcrossAMonthBoundaryMeetsAReportOfItsLastDay() {
    List<EventMention> linked = linker.link(List.of(
        m("a", 0, "withdraw", "2030-04-29/2030-05-02", List.of(STATE), List.of(CITY)),
        m("b", 0, "withdraw", "2030-05-02", List.of(), List.of(CITY))));
    assertEquals(linked.get(0).eventKey(), linked.get(1).eventKey());
  }

  @Test
  void aDateGivenOnlyAsAYearKeysByTheYear() {
    List<EventMention> linked = linker.link(List.of(m("a", 0, "annex", "2031", List.of(STATE), List.of(CITY))));
    assertEquals("annex-gn3-2031", linked.get(0).eventKey());
  }

  // A city (3) and a town (7) in the region 9 of country XX, the region itself, and a river (5).
  private static final Place CITY_FEATURE = new Place(3, "City", 11.0, 11.0, "P", "PPLA", "XX", "09", 1000);
  private static final Place TOWN_FEATURE = new Place(7, "Town", 14.0, 14.0, "P", "PPL", "XX", "09", 100);
  private static final Place REGION_FEATURE = new Place(9, "Region", 12.0, 12.0, "A", "ADM1", "XX", "09", 0);
  private static final Place RIVER_FEATURE = new Place(5, "River", 10.0, 10.0, "H", "STM", "XX", "00", 0);
  private static final Participant REGION = Fixtures.resolved("https://sws.geonames.org/9/", EntityKind.PLACE, 12.0);
  private static final Participant RIVER = Fixtures.resolved("https://sws.geonames.org/5/", EntityKind.PLACE, 10.0);
  private static final Map<String, Place> FEATURES = Map.of(CITY_FEATURE.iri(), CITY_FEATURE,
      TOWN_FEATURE.iri(), TOWN_FEATURE, REGION_FEATURE.iri(), REGION_FEATURE, RIVER_FEATURE.iri(), RIVER_FEATURE);
  private static final PlaceRegions REGIONS = new PlaceRegions(e -> Optional.ofNullable(FEATURES.get(e.iri())),
      p -> p.admin1().equals("09") ? Optional.of(REGION_FEATURE) : Optional.empty());

  @Test
  void aCityAndItsRegionAnchorOneEventAcrossDocuments() {
    List<EventMention> linked = new KeyEventLinker(REGIONS).link(List.of(
        m("a", 0, "annex", "2031-04-02", List.of(STATE), List.of(CITY)),
        m("b", 0, "annex", "2031-04", List.of(STATE), List.of(REGION))));
    assertEquals("annex-gn9-2031-04", linked.get(0).eventKey());
    assertEquals(linked.get(0).eventKey(), linked.get(1).eventKey());
  }

  @Test
  void aSettlementAnchorsBeforeARiver() {
    List<EventMention> linked = new KeyEventLinker(REGIONS).link(List.of(
        m("a", 0, "evacuate", "2031-04-02", List.of(STATE), List.of(RIVER, TOWN))));
    assertEquals("evacuate-gn9-2031-04", linked.get(0).eventKey());
  }
}
