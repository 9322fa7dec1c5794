package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
  @TempDir Path dir;

  private final CorpusReader reader = new CorpusReader();

  @Test
  void readsTextWithSidecarKeepingTheTextExactlyButTheBom() throws IOException {
    Path txt = write("report.txt", "\uFEFFA dam burst.\r\nWater rose.\n");
    write("report.meta.json",
        "{\"title\": \"Dam\", \"published\": \"2021-03-04\", \"publisher\": \"Gazette\","
            + " \"url\": \"https://example.org/dam\", \"language\": \"en\"}");
    ReadResult result = reader.read(List.of(txt));
    assertEquals(List.of(), result.rejections());
    Document doc = result.documents().get(0);
    assertEquals("report", doc.id());
    assertEquals("A dam burst.\r\nWater rose.\n", doc.text());
    assertEquals(new DocumentMetadata("Dam", LocalDate.of(2021, 3, 4), "Gazette",
        "https://example.org/dam", "en"), doc.metadata());
    assertEquals(txt.toString(), doc.origin());
  }

  @Test
  void textWithoutSidecarHasNoMetadata() throws IOException {
    ReadResult result = reader.read(List.of(write("plain.txt", "Nothing else.")));
    assertEquals(DocumentMetadata.NONE, result.documents().get(0).metadata());
  }

  @Test
  void sidecarFieldsAreOptional() throws IOException {
    Path txt = write("a.txt", "Text.");
    write("a.meta.json", "{\"publisher\": \"P\", \"published\": null}");
    assertEquals(new DocumentMetadata(null, null, "P", null, null),
        reader.read(List.of(txt)).documents().get(0).metadata());
  }

  @Test
  void emptyFileIsRejected() throws IOException {
    Path txt = write("empty.txt", "");
    assertOnlyRejection(reader.read(List.of(txt)), txt.toString(), "empty file");
  }

  @Test
  void fileOfOnlyBomAndBlanksIsEmpty() throws IOException {
    Path txt = write("blank.txt", "\uFEFF \n\n");
    assertOnlyRejection(reader.read(List.of(txt)), txt.toString(), "empty file");
  }

  @Test
  void binaryFileIsRejectedWithWhereTheNulIs() throws IOException {
    Path bin = dir.resolve("image.txt");
    Files.write(bin, new byte[] {'G', 'I', 'F', 0, 1, 2});
    assertOnlyRejection(reader.read(List.of(bin)), bin.toString(),
        "binary file (NUL byte at byte 3, line 1)");
  }

  @Test
  void invalidUtf8IsRejectedWithItsPosition() throws IOException {
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "ok\ncaf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    assertOnlyRejection(reader.read(List.of(latin1)), latin1.toString(),
        "invalid UTF-8 (at byte 6, line 2)");
  }

  @Test
  void sidecarWithBadJsonRejectsTheDocumentNamingTheSidecar() throws IOException {
    Path txt = write("b.txt", "Text.");
    Path meta = write("b.meta.json", "{\"title\": \"unterminated}");
    ReadResult result = reader.read(List.of(txt));
    assertEquals(List.of(), result.documents());
    assertEquals(meta.toString(), result.rejections().get(0).origin());
    assertTrue(result.rejections().get(0).problem().startsWith("malformed metadata: bad JSON"),
        result.rejections().get(0).problem());
  }

  @Test
  void sidecarWithBadDateNamesTheField() throws IOException {
    Path txt = write("c.txt", "Text.");
    Path meta = write("c.meta.json", "{\"published\": \"12 November 2022\"}");
    assertOnlyRejection(reader.read(List.of(txt)), meta.toString(),
        "malformed metadata: field \"published\" is not an ISO date (YYYY-MM-DD): \"12 November 2022\"");
  }

  @Test
  void sidecarWithNonStringFieldNamesTheField() throws IOException {
    Path txt = write("d.txt", "Text.");
    write("d.meta.json", "{\"title\": 42}");
    assertTrue(reader.read(List.of(txt)).rejections().get(0).problem().contains("\"title\""));
  }

  @Test
  void jsonlReadsGoodLinesAndRejectsEachBrokenOneByLine() throws IOException {
    Path jsonl = write("feed.jsonl", String.join("\n",
        "{\"id\": \"n1\", \"text\": \"First.\", \"published\": \"2020-01-02\", \"title\": \"T\"}",
        "{\"id\": \"n2\", \"text\": \"broken",
        "",
        "{\"text\": \"No id.\"}",
        "{\"id\": \"n3\"}",
        "{\"id\": \"n1\", \"text\": \"Again.\"}",
        "{\"id\": \"n4\", \"text\": \"Trailing.\"} junk",
        "{\"id\": \"n5\", \"text\": \"Last.\", \"published\": \"yesterday\"}",
        "{\"id\": \"n6\", \"text\": \"Fine.\", \"publisher\": \"Wire\"}",
        ""));
    ReadResult result = reader.read(List.of(jsonl));
    assertEquals(List.of("n1", "n6"), result.documents().stream().map(Document::id).toList());
    assertEquals(LocalDate.of(2020, 1, 2), result.documents().get(0).metadata().published());
    assertEquals(jsonl + ":line 1", result.documents().get(0).origin());
    List<Rejection> bad = result.rejections();
    assertEquals(List.of(2, 4, 5, 6, 7, 8), bad.stream().map(r -> lineOf(r.origin())).toList());
    assertTrue(bad.get(0).problem().startsWith("bad JSON"), bad.get(0).problem());
    assertEquals("missing \"id\"", bad.get(1).problem());
    assertEquals("missing \"text\"", bad.get(2).problem());
    assertEquals("duplicate id \"n1\" (first read from " + jsonl + ":line 1)", bad.get(3).problem());
    assertTrue(bad.get(4).problem().startsWith("bad JSON"), bad.get(4).problem());
    assertTrue(bad.get(5).problem().contains("\"published\""), bad.get(5).problem());
  }

  @Test
  void jsonlLineWithInvalidUtf8IsRejectedAlone() throws IOException {
    Path jsonl = dir.resolve("mixed.jsonl");
    byte[] good = "{\"id\": \"g\", \"text\": \"Good.\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xff, '"', '}', '\n'};
    Files.write(jsonl, concat(bad, good));
    ReadResult result = reader.read(List.of(jsonl));
    assertEquals(List.of("g"), result.documents().stream().map(Document::id).toList());
    assertEquals(new Rejection(jsonl + ":line 1", "invalid UTF-8 (at byte 7)"),
        result.rejections().get(0));
  }

  @Test
  void emptyJsonlIsRejected() throws IOException {
    Path jsonl = write("nothing.jsonl", "\n\n");
    assertOnlyRejection(reader.read(List.of(jsonl)), jsonl.toString(), "empty file");
  }

  @Test
  void missingPathIsRejectedAndTheRestStillRead() throws IOException {
    Path missing = dir.resolve("nope.txt");
    Path good = write("good.txt", "Good.");
    ReadResult result = reader.read(List.of(missing, good));
    assertEquals(List.of(new Rejection(missing.toString(), "no such file or directory")),
        result.rejections());
    assertEquals(1, result.documents().size());
  }

  @Test
  void unsupportedFileNamedExplicitlyIsRejected() throws IOException {
    Path csv = write("table.csv", "a,b");
    assertOnlyRejection(reader.read(List.of(csv)), csv.toString(), "not a .txt or .jsonl file");
  }

  @Test
  void directoryIsReadSortedWithSidecarsAsMetadataAndBadFilesRejected() throws IOException {
    write("z.txt", "Zed.");
    write("z.meta.json", "{\"title\": \"Zed\"}");
    write("sub/b.jsonl", "{\"id\": \"j1\", \"text\": \"One.\"}\n");
    write("a.txt", "");
    write("m.txt", "Em.");
    write("notes.md", "ignored");
    write(".hidden/h.txt", "ignored");
    ReadResult result = reader.read(List.of(dir));
    assertEquals(List.of("m", "j1", "z"), result.documents().stream().map(Document::id).toList());
    assertEquals("Zed", result.documents().get(2).metadata().title());
    assertEquals(List.of(new Rejection(dir.resolve("a.txt").toString(), "empty file")),
        result.rejections());
  }

  @Test
  void sameIdInTwoFilesIsRejectedOnce() throws IOException {
    Path first = write("x/same.txt", "One.");
    Path second = write("y/same.txt", "Two.");
    ReadResult result = reader.read(List.of(first, second));
    assertEquals(1, result.documents().size());
    assertEquals(second.toString(), result.rejections().get(0).origin());
  }

  @Test
  void rejectionMessageIsOneLineNamingFileAndProblem() {
    assertEquals("f.txt: empty file", new Rejection("f.txt", "empty file").message());
  }

  private static int lineOf(String origin) {
    return Integer.parseInt(origin.substring(origin.lastIndexOf(' ') + 1));
  }

  private static void assertOnlyRejection(ReadResult result, String origin, String problem) {
    assertEquals(List.of(), result.documents());
    assertEquals(List.of(new Rejection(origin, problem)), result.rejections());
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
