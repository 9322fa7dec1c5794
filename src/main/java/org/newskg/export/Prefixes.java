package org.newskg.export;

import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.newskg.Home;

/**
 * The prefixes of every RDF export, read from the published JSON-LD context
 * {@code ontology/context.jsonld}, so Turtle, TriG and JSON-LD abbreviate alike.
 */
public final class Prefixes {
  public static final String CONTEXT_FILE = "context.jsonld";

  private Prefixes() {}

  public static PrefixMap fromHome() {
    return read(Home.path("ontology").resolve(CONTEXT_FILE));
  }

  public static PrefixMap read(Path contextFile) {
    JsonObject context = JSON.read(contextFile.toString()).getObj("@context");
    PrefixMap prefixes = PrefixMapFactory.create();
    context.keys().forEach(prefix -> prefixes.add(prefix, context.getString(prefix)));
    return prefixes;
  }
}
