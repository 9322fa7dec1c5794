package org.newskg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.Home;

/**
 * The actors newskg knows ({@code ontology/actors.tsv}): states with the names of their forces,
 * governments, capitals and seats of power, their ministries, and international organisations,
 * indexed by normalised name. Demonyms come from {@code ontology/gazetteer/demonyms.tsv}.
 */
public final class ActorCatalogue {

  public static final String ACTORS_FILE = "actors.tsv";
  public static final String DEMONYMS_FILE = "gazetteer/demonyms.tsv";

  // Names are entered weakest first; a stronger name overwrites (a label beats a capital's metonymy).
  private final Map<String, CatalogueActor> byName = new HashMap<>();

  private ActorCatalogue() {}

  /** The catalogue shipped under {@code Home.path("ontology")}, loaded on first call. */
  public static ActorCatalogue shared() {
    return Shared.INSTANCE;
  }

  public static ActorCatalogue load(Path ontology) {
    try (BufferedReader actors = Files.newBufferedReader(ontology.resolve(ACTORS_FILE), StandardCharsets.UTF_8);
        BufferedReader demonyms = Files.newBufferedReader(ontology.resolve(DEMONYMS_FILE), StandardCharsets.UTF_8)) {
      return read(actors, demonyms);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the actor catalogue in " + ontology, e);
    }
  }

  /** Reads actor rows and demonym rows ({@code iso, demonym_m, demonym_f}); '#' lines and headers skipped. */
  public static ActorCatalogue read(BufferedReader actors, BufferedReader demonyms) throws IOException {
    Map<String, List<String>> demonymsByCountry = demonyms(demonyms);
    List<CatalogueActor> rows = new ArrayList<>();
    for (String line : dataLines(actors, "slug\t")) {
      rows.add(CatalogueActor.parse(line));
    }
    ActorCatalogue catalogue = new ActorCatalogue();
    rows.forEach(actor -> actor.metonyms().forEach(m -> catalogue.enter(m, actor)));
    rows.forEach(actor -> catalogue.enterStateForms(actor, demonymsByCountry.getOrDefault(actor.country(), List.of())));
    rows.forEach(actor -> actor.aliases().forEach(alias -> catalogue.enter(alias, actor)));
    rows.forEach(actor -> catalogue.enter(actor.label(), actor));
    return catalogue;
  }

  /** The known actor with this name, if any. */
  Optional<CatalogueActor> find(String name) {
    return Optional.ofNullable(byName.get(Names.key(name)));
  }

  /** The aliases of the catalogue actor with this IRI (actors.tsv's alternative names); empty if unknown. */
  public List<String> aliasesOf(String iri) {
    return byName.values().stream().filter(actor -> actor.iri().equals(iri)).findFirst()
        .map(CatalogueActor::aliases).orElse(List.of());
  }

  private void enterStateForms(CatalogueActor actor, List<String> demonyms) {
    if (actor.kind() != org.newskg.extract.EntityKind.STATE) {
      return;
    }
    for (String name : shortNames(actor)) {
      DemonymForms.stateNames(name, demonyms).forEach(form -> enter(form, actor));
    }
    for (CatalogueActor ministry : DemonymForms.ministries(actor, demonyms)) {
      ministry.aliases().forEach(alias -> enter(alias, ministry));
      enter(ministry.label(), ministry);
    }
  }

  /** The label and one-word ASCII aliases (Britain, UK, USA) take the generated forms. */
  private static List<String> shortNames(CatalogueActor actor) {
    List<String> names = new ArrayList<>(List.of(actor.label()));
    actor.aliases().stream().filter(a -> a.matches("[A-Za-z.]+")).forEach(names::add);
    return names;
  }

  private void enter(String name, CatalogueActor actor) {
    String key = Names.key(name);
    if (!key.isEmpty()) {
      byName.put(key, actor);
    }
  }

  private static Map<String, List<String>> demonyms(BufferedReader reader) throws IOException {
    Map<String, List<String>> byCountry = new HashMap<>();
    for (String line : dataLines(reader, "iso\t")) {
      String[] f = line.split("\t", -1);
      List<String> forms = new ArrayList<>(List.of(f[1]));
      if (f.length > 2 && !f[2].isBlank() && !f[2].equals(f[1])) {
        forms.add(f[2]);
      }
      byCountry.put(f[0], forms);
    }
    return byCountry;
  }

  private static List<String> dataLines(BufferedReader reader, String header) throws IOException {
    return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith(header)).toList();
  }

  private static final class Shared {
    static final ActorCatalogue INSTANCE = load(Home.path("ontology"));
  }
}
