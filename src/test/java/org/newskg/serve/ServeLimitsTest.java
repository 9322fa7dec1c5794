package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.newskg.Settings;

class ServeLimitsTest {
  @Test
  void shippedSettingsGiveTheDocumentedDefaults() {
    ServeLimits limits = ServeLimits.fromSettings(Settings.load(Map.of()));
    assertEquals(Duration.ofSeconds(10), limits.cannedTimeout());
    assertEquals(Duration.ofSeconds(60), limits.sparqlTimeout());
    assertEquals(100, limits.pageSize());
  }

  @Test
  void durationsTakeUnitsAndOverridesWin() {
    Properties settings = Settings.load(Map.of("serve.timeout.canned", "750ms", "serve.timeout.sparql", "2m"));
    ServeLimits limits = ServeLimits.fromSettings(settings);
    assertEquals(Duration.ofMillis(750), limits.cannedTimeout());
    assertEquals(Duration.ofMinutes(2), limits.sparqlTimeout());
  }

  @Test
  void aBadDurationNamesTheSetting() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ServeLimits.fromSettings(Settings.load(Map.of("serve.timeout.canned", "ten seconds"))));
    assertTrue(e.getMessage().contains("serve.timeout.canned"), e.getMessage());
  }
}
