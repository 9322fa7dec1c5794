package org.newskg;

import java.nio.file.Path;

/**
 * Where the project's data folders ({@code ontology/}, {@code shapes/}, {@code queries/},
 * {@code corpus/}) are: the system property {@code newskg.home}, set by the launcher, else the
 * working directory.
 */
public final class Home {
  public static final String PROPERTY = "newskg.home";

  private Home() {}

  public static Path path(String folder) {
    return Path.of(System.getProperty(PROPERTY, ".")).resolve(folder).normalize();
  }
}
