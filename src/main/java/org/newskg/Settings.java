package org.newskg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The settings of every stage, namespaced by stage ({@code nlp.annotators},
 * {@code ingest.batchSize}, {@code serve.port}): the defaults shipped in the jar, then
 * {@code newskg.properties} in the project home if present, then the command line's overrides.
 */
public final class Settings {
  private static final String DEFAULTS = "/org/newskg/newskg.properties";

  private Settings() {}

  /** Defaults, overlaid by the home's {@code newskg.properties}, overlaid by {@code overrides}. */
  public static Properties load(Map<String, String> overrides) {
    Properties settings = new Properties();
    try (InputStream in = Settings.class.getResourceAsStream(DEFAULTS)) {
      settings.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    loadIfPresent(settings, Home.path("newskg.properties"));
    settings.putAll(overrides);
    return settings;
  }

  private static void loadIfPresent(Properties settings, Path file) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    try (InputStream in = Files.newInputStream(file)) {
      settings.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read settings " + file, e);
    }
  }

  public static int intValue(Properties settings, String key, int fallback) {
    String value = settings.getProperty(key);
    return value == null ? fallback : Integer.parseInt(value.trim());
  }
}
