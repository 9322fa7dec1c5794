package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnaphorTest {

  @Test
  void aBarePlaceDesignatorInAPlaceRoleIsADescription() {
    assertEquals(Optional.of(Anaphor.RIVER), Anaphor.of("river", true));
    assertEquals(Optional.of(Anaphor.POPULATED_PLACE), Anaphor.of("town", true));
  }

  @Test
  void aBareNounOutsideAPlaceRoleIsNoAnaphor() {
    assertEquals(Optional.empty(), Anaphor.of("troops", false));
    assertEquals(Optional.empty(), Anaphor.of("river", false));
  }

  @Test
  void aPossessiveBeforeAForceNounPointsToThePossessor() {
    assertEquals(Optional.of(Anaphor.ORGANIZATION_OR_STATE), Anaphor.of("its armed forces", false));
    assertEquals(Optional.of(Anaphor.COLLECTIVE), Anaphor.of("their army", false));
    assertEquals(Optional.empty(), Anaphor.of("their homes", false));
  }

  @Test
  void aBankIsOnTheRiverAndABareDescribedPlaceIsADescription() {
    assertEquals(Optional.of(Anaphor.RIVER), Anaphor.of("the east bank", true));
    assertEquals(Optional.of(Anaphor.RIVER), Anaphor.of("left bank", true));
    assertEquals(Optional.of(Anaphor.POPULATED_PLACE), Anaphor.of("southern city", true));
    assertEquals(Optional.empty(), Anaphor.of("Bank of England", true));
    assertEquals(Optional.empty(), Anaphor.of("left bank", false));
  }
}
