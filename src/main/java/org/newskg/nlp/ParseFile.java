package org.newskg.nlp;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A document's sentences as CoNLL-U text, so that a parse can be stored (a cache, a test fixture)
 * and read back without CoreNLP. Columns follow CoNLL-U: the enhanced++ graph goes in DEPS
 * ({@code head:relation|...}); MISC holds the character offsets, the NER label and SUTime's
 * normalised value. Values are percent-encoded where CoNLL-U reserves a character. Coreference
 * chains are not stored.
 */
public final class ParseFile {
  private static final String SENTENCE = "# sentence = ";

  private ParseFile() {}

  /** The sentences as CoNLL-U, one block per sentence. */
  public static String write(List<Sentence> sentences) {
    StringBuilder out = new StringBuilder();
    for (Sentence sentence : sentences) {
      out.append(SENTENCE).append(sentence.index()).append(' ').append(sentence.begin()).append(' ')
          .append(sentence.end()).append('\n');
      Map<Integer, List<Dependency>> heads = headsByDependent(sentence);
      sentence.tokens().forEach(t -> out.append(tokenLine(t, heads.getOrDefault(t.index(), List.of()))).append('\n'));
      out.append('\n');
    }
    return out.toString();
  }

  /** The sentences of a CoNLL-U text written by {@link #write}. */
  public static List<Sentence> read(String conllu) {
    List<Sentence> sentences = new ArrayList<>();
    SentenceBuilder current = null;
    for (String line : conllu.split("\n", -1)) {
      if (line.startsWith(SENTENCE)) {
        current = new SentenceBuilder(line.substring(SENTENCE.length()).split(" "));
      } else if (line.isEmpty() && current != null) {
        sentences.add(current.build());
        current = null;
      } else if (current != null && !line.startsWith("#")) {
        current.add(line.split("\t", -1));
      }
    }
    return sentences;
  }

  private static Map<Integer, List<Dependency>> headsByDependent(Sentence sentence) {
    Map<Integer, List<Dependency>> heads = new TreeMap<>();
    for (Dependency d : sentence.dependencies()) {
      heads.computeIfAbsent(d.dependent(), k -> new ArrayList<>()).add(d);
    }
    return heads;
  }

  private static String tokenLine(Token t, List<Dependency> heads) {
    List<String> deps = heads.stream().map(d -> d.governor() + ":" + d.relation()).toList();
    String misc = "Begin=" + t.begin() + "|End=" + t.end() + "|Ner=" + encode(t.ner())
        + (t.normalized() == null ? "" : "|Norm=" + encode(t.normalized()));
    return String.join("\t", String.valueOf(t.index()), encode(t.word()), encode(t.lemma()), "_", encode(t.pos()),
        "_", "_", "_", deps.isEmpty() ? "_" : String.join("|", deps), misc);
  }

  // '_' alone means "empty" in CoNLL-U, so a real underscore token is encoded too.
  static String encode(String value) {
    return value.equals("_") ? "%5F" : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  /** Collects one sentence's token lines. */
  private static final class SentenceBuilder {
    private final int index;
    private final int begin;
    private final int end;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();

    SentenceBuilder(String[] header) {
      index = Integer.parseInt(header[0]);
      begin = Integer.parseInt(header[1]);
      end = Integer.parseInt(header[2]);
    }

    void add(String[] columns) {
      int id = Integer.parseInt(columns[0]);
      Map<String, String> misc = misc(columns[9]);
      tokens.add(new Token(id, decode(columns[1]), decode(columns[2]), decode(columns[4]), decode(misc.get("Ner")),
          misc.containsKey("Norm") ? decode(misc.get("Norm")) : null,
          Integer.parseInt(misc.get("Begin")), Integer.parseInt(misc.get("End"))));
      if (!columns[8].equals("_")) {
        for (String dep : columns[8].split("\\|")) {
          int colon = dep.indexOf(':');
          dependencies.add(new Dependency(dep.substring(colon + 1), Integer.parseInt(dep.substring(0, colon)), id));
        }
      }
    }

    private static Map<String, String> misc(String column) {
      Map<String, String> misc = new TreeMap<>();
      for (String pair : column.split("\\|")) {
        int eq = pair.indexOf('=');
        misc.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
      return misc;
    }

    Sentence build() {
      return new Sentence(index, begin, end, List.copyOf(tokens), List.copyOf(dependencies));
    }
  }
}
