package org.newskg.resolve;

import java.util.regex.Pattern;

/** Labels for names no catalogue knows: the text as written, without article or possessive. */
final class Labels {

  private static final Pattern ARTICLE = Pattern.compile("^(?i:the|a|an)\\s+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");

  private Labels() {}

  static String of(String mention) {
    String trimmed = mention.strip().replaceAll("\\s+", " ");
    return POSSESSIVE.matcher(ARTICLE.matcher(trimmed).replaceFirst("")).replaceFirst("");
  }
}
