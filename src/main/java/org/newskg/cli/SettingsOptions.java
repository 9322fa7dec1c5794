package org.newskg.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.newskg.Settings;
import picocli.CommandLine.Option;

/** {@code --set KEY=VALUE}: overrides one setting of newskg.properties for this run. */
public class SettingsOptions {
  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "Override a setting (e.g. nlp.fineGrainedNer=true); repeatable.")
  Map<String, String> overrides = new LinkedHashMap<>();

  Properties settings() {
    return Settings.load(overrides);
  }
}
