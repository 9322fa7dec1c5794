package org.newskg.resolve;

import java.text.Normalizer;

/**
 * Name normalisation shared by the gazetteer, the actor catalogue and the IRIs of unknown names:
 * case, diacritics, apostrophes and punctuation do not tell two spellings apart.
 */
public final class Names {

  private static final String[] ARTICLES = {"the ", "a ", "an "};
  private static final String APOSTROPHES = "'’‘ʼʹ`´";

  private Names() {}

  /**
   * Lower case, no diacritics, no possessive 's, apostrophes dropped, other punctuation a space.
   * A hand-written loop: the gazetteer normalises some 300,000 names while it loads.
   */
  public static String normalize(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (APOSTROPHES.indexOf(c) >= 0) {
        // Soft signs and apostrophes in transliterations ("Kharkivs’ka") vary between sources.
        i += isPossessive(name, i) ? 1 : 0;
      } else if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        appendFolded(out, c);
        space = false;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        space = true;
      }
    }
    return out.toString();
  }

  private static boolean isPossessive(String name, int apostrophe) {
    int next = apostrophe + 1;
    return next < name.length() && (name.charAt(next) == 's' || name.charAt(next) == 'S')
        && (next + 1 == name.length() || !Character.isLetterOrDigit(name.charAt(next + 1)));
  }

  private static void appendFolded(StringBuilder out, char c) {
    if (c < 128) {
      out.append(Character.toLowerCase(c));
      return;
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
    for (int i = 0; i < decomposed.length(); i++) {
      char part = decomposed.charAt(i);
      if (Character.getType(part) != Character.NON_SPACING_MARK) {
        out.append(Character.toLowerCase(part));
      }
    }
  }

  /** {@link #normalize} without a leading article: "the Kremlin" and "Kremlin" are one name. */
  public static String key(String name) {
    String normal = normalize(name);
    for (String article : ARTICLES) {
      if (normal.startsWith(article)) {
        return normal.substring(article.length());
      }
    }
    return normal;
  }

  /** A URL-safe slug of a name: ASCII letters, digits and hyphens. */
  public static String slug(String name) {
    String slug = key(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    // A name in another script has no ASCII slug: its hash keeps two such names apart.
    return slug.isEmpty() ? "name-" + Integer.toHexString(key(name).hashCode()) : slug;
  }
}
