package org.newskg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newskg.Settings;

class IngestSettingsTest {
  @Test
  void threadsDefaultToOnePerCore() {
    assertEquals(Runtime.getRuntime().availableProcessors(), IngestSettings.threads(Settings.load(Map.of())));
  }

  @Test
  void aNumberOfThreadsCanBeSetAndNonsenseIsRefused() {
    assertEquals(3, IngestSettings.threads(Settings.load(Map.of("ingest.threads", "3"))));
    assertThrows(IllegalArgumentException.class, () -> IngestSettings.threads(Settings.load(Map.of("ingest.threads", "many"))));
  }
}
