package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityKind;
import org.newskg.extract.EventMention;
import org.newskg.extract.Participant;

class KeyEventLinkerTest {

  private static final Participant CITY = Fixtures.resolved("https://sws.geonames.org/3/", EntityKind.PLACE, 11.0);
  private static final Participant TOWN = Fixtures.resolved("https://sws.geonames.org/7/", EntityKind.PLACE, 14.0);
  private static final Participant STATE = Fixtures.resolved("http://newskg.org/id/actor/freedonia", EntityKind.STATE, null);
  private static final Participant OTHER_STATE = Fixtures.resolved("http://newskg.org/id/actor/sylvania", EntityKind.STATE, null);

  private final KeyEventLinker linker = new KeyEventLinker();

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
}
