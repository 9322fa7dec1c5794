package org.newskg.extract;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.newskg.ingest.Document;
import org.newskg.ingest.DocumentMetadata;
import org.newskg.nlp.AnnotatedDocument;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.nlp.Sentence;

/**
 * Dev-only loader of a folder of {@code .txt} texts (with sidecars), annotated once with CoreNLP
 * and cached as JSON under {@code target/dev-cache} so extractor iterations skip the parser.
 */
final class DevCorpus {

  private static final Gson GSON = new Gson();
  private static final Path CACHE = Path.of("target", "dev-cache");
  private static CoreNlpAnnotator annotator;

  private DevCorpus() {}

  static List<AnnotatedDocument> load(Path folder) throws IOException {
    List<AnnotatedDocument> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        docs.add(annotated(read(txt)));
      }
    }
    return docs;
  }

  static Document read(Path txt) throws IOException {
    String id = txt.getFileName().toString().replaceFirst("\\.txt$", "");
    String text = Files.readString(txt, StandardCharsets.UTF_8);
    Path meta = txt.resolveSibling(id + ".meta.json");
    DocumentMetadata metadata = DocumentMetadata.NONE;
    if (Files.exists(meta)) {
      JsonObject o = GSON.fromJson(Files.readString(meta), JsonObject.class);
      metadata = new DocumentMetadata(str(o, "title"),
          o.has("published") ? LocalDate.parse(o.get("published").getAsString()) : null,
          str(o, "publisher"), str(o, "url"), str(o, "language"));
    }
    return new Document(id, text, metadata, txt.toString());
  }

  private static String str(JsonObject o, String key) {
    return o.has(key) ? o.get(key).getAsString() : null;
  }

  static AnnotatedDocument annotated(Document doc) throws IOException {
    Path cached = CACHE.resolve(doc.id() + "-" + Integer.toHexString(doc.text().hashCode()) + ".json");
    if (Files.exists(cached)) {
      List<Sentence> sentences = GSON.fromJson(Files.readString(cached), new TypeToken<List<Sentence>>() {}.getType());
      return new AnnotatedDocument(doc, sentences, List.of());
    }
    AnnotatedDocument annotatedDoc = annotator().annotate(doc);
    Files.createDirectories(CACHE);
    Files.writeString(cached, GSON.toJson(annotatedDoc.sentences()));
    return annotatedDoc;
  }

  static synchronized CoreNlpAnnotator annotator() {
    if (annotator == null) {
      annotator = new CoreNlpAnnotator(new Properties());
    }
    return annotator;
  }
}
