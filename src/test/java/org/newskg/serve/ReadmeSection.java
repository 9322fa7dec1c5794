package org.newskg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites a measured section of the README: the text between its markers. */
final class ReadmeSection {
  private ReadmeSection() {}

  static void replace(Path readme, String name, String content) throws IOException {
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("(<!-- measured: " + name + " -->\n)(.*?)(<!-- end measured -->)", Pattern.DOTALL)
        .matcher(text);
    if (!m.find()) {
      throw new IOException(readme + " has no section <!-- measured: " + name + " -->");
    }
    Files.writeString(readme, text.substring(0, m.start()) + m.group(1) + content + m.group(3) + text.substring(m.end()),
        StandardCharsets.UTF_8);
  }
}
