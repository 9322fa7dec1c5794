package org.newskg.extract;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newskg.nlp.AnnotatedDocument;

/** Dev-only: writes mentions in the events-export shape score.py reads (labels = mention text). */
final class DevEvents {

  private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  private DevEvents() {}

  static void write(Path out, List<AnnotatedDocument> docs, EventExtractor extractor) throws IOException {
    List<String> lines = new ArrayList<>();
    for (AnnotatedDocument doc : docs) {
      String text = doc.document().text();
      for (EventMention m : extractor.extract(doc)) {
        lines.add(GSON.toJson(line(text, m)));
      }
    }
    Files.createDirectories(out.getParent());
    Files.write(out, lines);
  }

  private static Map<String, Object> line(String text, EventMention m) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("doc", m.docId());
    o.put("action", m.action());
    o.put("trigger", m.trigger().of(text));
    o.put("begin", m.evidence().begin());
    o.put("end", m.evidence().end());
    o.put("evidence", m.evidence().of(text));
    o.put("actors", parts(m.actors()));
    o.put("targets", parts(m.targets()));
    o.put("places", parts(m.places()));
    o.put("date", m.date() == null ? null : m.date().value());
    o.put("source", m.source() == null ? null : part(m.source()));
    o.put("modality", m.modality().id());
    o.put("confidence", m.confidence());
    return o;
  }

  private static List<Map<String, String>> parts(List<Participant> ps) {
    return ps.stream().map(DevEvents::part).toList();
  }

  private static Map<String, String> part(Participant p) {
    return Map.of("label", p.entity() == null ? p.mention() : p.entity().label(), "mention", p.mention());
  }
}
