package org.newskg.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.newskg.Home;

/**
 * The places newskg knows, indexed by normalised name and alternate name. Read from the derived
 * GeoNames file {@code ontology/gazetteer/places.tsv.gz} (CC BY 4.0), once per process and only
 * when first needed: serving, querying and exporting never pay for it.
 */
public final class Gazetteer {

  public static final String FILE = "gazetteer/places.tsv.gz";

  // Most names belong to one place: an array per name keeps the index small and quick to build.
  private final Map<String, Place[]> byName = new HashMap<>(1 << 19);

  private final Map<String, Place> adm1ByCode = new HashMap<>();

  // The raw comma-separated alternates, kept for the SKOS labels of stored places.
  private final Map<Long, String> alternatesById = new HashMap<>();

  private Gazetteer() {}

  /** The gazetteer shipped under {@code Home.path("ontology")}, loaded on first call. */
  public static Gazetteer shared() {
    return Shared.INSTANCE;
  }

  /** Reads a gzipped places file. */
  public static Gazetteer load(Path file) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + file, e);
    }
  }

  /** Reads places TSV (see the README of the gazetteer folder); '#' lines and the header are skipped. */
  public static Gazetteer read(BufferedReader reader) throws IOException {
    Gazetteer gazetteer = new Gazetteer();
    String line;
    while ((line = reader.readLine()) != null) {
      if (!line.startsWith("#") && !line.startsWith("geonameid\t") && !line.isBlank()) {
        gazetteer.addRow(line.split("\t", -1));
      }
    }
    return gazetteer;
  }

  /** Places any of whose names has this {@link Names#key}. */
  public List<Place> lookup(String key) {
    Place[] places = byName.get(key);
    return places == null ? List.of() : List.of(places);
  }

  /** The first-order division with this country and admin1 code. */
  public Optional<Place> adm1(String country, String admin1) {
    return Optional.ofNullable(adm1ByCode.get(country + "." + admin1));
  }

  /** The alternate names of the place with this GeoNames id, in file order; empty when none. */
  public List<String> alternateNames(long geonameid) {
    String alternates = alternatesById.get(geonameid);
    return alternates == null ? List.of() : List.of(alternates.split(","));
  }

  private void addRow(String[] f) {
    Place place = new Place(Long.parseLong(f[0]), f[1], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
        f[5], f[6], f[7], f[8], f[9].isEmpty() ? 0 : Long.parseLong(f[9]));
    if (place.isAdm1()) {
      adm1ByCode.put(PlaceContext.region(place), place);
    }
    rememberAlternates(place.geonameid(), f[2]);
    List<String> keys = new ArrayList<>();
    keys.add(Names.key(place.name()));
    for (String alternate : f[2].split(",")) {
      String key = Names.key(alternate);
      if (!key.isEmpty() && !keys.contains(key)) {
        keys.add(key);
      }
    }
    keys.forEach(key -> index(key, place));
  }

  private void rememberAlternates(long geonameid, String alternates) {
    if (!alternates.isBlank()) {
      alternatesById.put(geonameid, alternates);
    }
  }

  private void index(String key, Place place) {
    Place[] known = byName.get(key);
    if (known == null) {
      byName.put(key, new Place[] {place});
    } else {
      Place[] more = Arrays.copyOf(known, known.length + 1);
      more[known.length] = place;
      byName.put(key, more);
    }
  }

  private static final class Shared {
    static final Gazetteer INSTANCE = load(Home.path("ontology").resolve(FILE));
  }
}
