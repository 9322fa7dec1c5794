package org.newskg.query;

import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** The formats query answers are written in, with their media types. */
public enum ResultFormat {
  TABLE(ResultSetLang.RS_Text, "text/plain"),
  CSV(ResultSetLang.RS_CSV, "text/csv"),
  TSV(ResultSetLang.RS_TSV, "text/tab-separated-values"),
  JSON(ResultSetLang.RS_JSON, "application/sparql-results+json"),
  XML(ResultSetLang.RS_XML, "application/sparql-results+xml");

  private final Lang lang;
  private final String mediaType;

  ResultFormat(Lang lang, String mediaType) {
    this.lang = lang;
    this.mediaType = mediaType;
  }

  public Lang lang() {
    return lang;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The format spelled {@code table}, {@code csv}, {@code tsv}, {@code json} or {@code xml}. */
  public static ResultFormat named(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown format '" + name + "' (table, csv, tsv, json, xml)", e);
    }
  }

  /** The format whose media type this is, or null. */
  public static ResultFormat forMediaType(String mediaType) {
    for (ResultFormat format : values()) {
      if (format.mediaType.equalsIgnoreCase(mediaType)) {
        return format;
      }
    }
    return null;
  }
}
