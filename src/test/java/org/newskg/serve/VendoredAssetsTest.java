package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.newskg.Home;

/**
 * The front-end libraries are what {@code frontend/vendor} took from the npm packages that
 * {@code frontend/package-lock.json} pins: every vendored file is in {@code frontend/vendored.tsv}
 * with its package, that package's locked version and its SHA-256, and nothing else is in the
 * vendor folders; every library file the app loads is there. ({@code frontend/vendor --check}
 * re-derives the files from the registry.)
 */
class VendoredAssetsTest {
  private static final Path MANIFEST = Home.path("frontend/vendored.tsv");
  private static final Path APP = Home.path("src/main/resources/" + WebAppServlet.FOLDER);
  private static final List<Path> VENDOR_FOLDERS =
      List.of(APP.resolve("vendor"), Home.path("src/test/resources/org/newskg/serve/vendor"));
  // A view asks for a library file as script("package", "file"), style(…) or data(…).
  private static final Pattern LOAD = Pattern.compile("\\b(?:script|style|data)\\(\"([^\"]+)\", \"([^\"]+)\"\\)");

  private record Row(String file, String pkg, String version, String sha256) {}

  @Test
  void everyVendoredFileHasTheHashAndLockedVersionTheManifestGives() throws IOException {
    JsonObject locked = JSON.read(Home.path("frontend/package-lock.json").toString()).get("packages").getAsObject();
    List<String> problems = new ArrayList<>();
    for (Row row : manifest()) {
      Path file = Home.path(row.file());
      if (!Files.isRegularFile(file)) {
        problems.add(row.file() + " is missing");
      } else if (!row.sha256().equals(sha256(file))) {
        problems.add(row.file() + " differs from what " + row.pkg() + " " + row.version() + " gave");
      }
      if (!row.pkg().equals("(generated)") && !lockedVersion(locked, row.pkg()).equals(row.version())) {
        problems.add(row.file() + ": " + row.pkg() + " is locked at " + lockedVersion(locked, row.pkg()));
      }
    }
    assertEquals(List.of(), problems, "re-vendor with frontend/vendor");
  }

  @Test
  void theVendorFoldersHoldNothingButTheManifestsFiles() throws IOException {
    TreeSet<String> listed = new TreeSet<>(manifest().stream().map(Row::file).toList());
    TreeSet<String> present = new TreeSet<>();
    for (Path folder : VENDOR_FOLDERS) {
      try (Stream<Path> files = Files.walk(folder)) {
        files.filter(Files::isRegularFile).forEach(f -> present.add(Home.path(".").toAbsolutePath().normalize()
            .relativize(f.toAbsolutePath().normalize()).toString()));
      }
    }
    TreeSet<String> unlisted = new TreeSet<>(present);
    unlisted.removeAll(listed);
    assertEquals(new TreeSet<>(), unlisted, "files no vendoring put there (frontend/vendor writes the vendor folders)");
  }

  @Test
  void everyLibraryFileTheAppLoadsIsVendored() throws IOException {
    Map<String, String> folders = vendorFolders();
    List<String> loads = new ArrayList<>();
    try (Stream<Path> files = Files.walk(APP)) {
      for (Path script : files.filter(f -> f.toString().endsWith(".js") && !f.startsWith(APP.resolve("vendor"))).toList()) {
        Matcher load = LOAD.matcher(Files.readString(script, StandardCharsets.UTF_8));
        while (load.find()) {
          String folder = folders.get(load.group(1));
          assertTrue(folder != null, script + " loads from " + load.group(1) + ", which vendor.js does not name");
          assertTrue(Files.isRegularFile(APP.resolve(folder + load.group(2))), script + ": no " + folder + load.group(2));
          loads.add(load.group(2));
        }
      }
    }
    assertTrue(loads.size() >= 10, "the views load " + loads);
  }

  private static List<Row> manifest() throws IOException {
    return Files.readAllLines(MANIFEST, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
        .map(l -> l.split("\t")).map(f -> new Row(f[0], f[1], f[2], f[3])).toList();
  }

  private static String lockedVersion(JsonObject packages, String pkg) {
    JsonObject entry = packages.get("node_modules/" + pkg) == null ? null : packages.get("node_modules/" + pkg).getAsObject();
    return entry == null ? "(not in package-lock.json)" : entry.getString("version");
  }

  // vendor/vendor.js: "package": "vendor/package@version/" for each library.
  private static Map<String, String> vendorFolders() throws IOException {
    Map<String, String> folders = new TreeMap<>();
    Matcher entry = Pattern.compile("\"([^\"]+)\": \"([^\"]+)\"")
        .matcher(Files.readString(APP.resolve("vendor/vendor.js"), StandardCharsets.UTF_8));
    while (entry.find()) {
      folders.put(entry.group(1), entry.group(2));
    }
    return folders;
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
