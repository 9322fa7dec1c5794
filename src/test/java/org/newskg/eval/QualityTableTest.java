package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityTableTest {
  private static final Scores SEEDS = new Scores(155, 150, 130, 0.8666, 0.8387, 0.8524, 0.81, 0.6, 0.92, 0.9, null, 0.95, 0.66);
  private static final Scores OTHER = new Scores(777, 1000, 500, 0.5, 0.6435, 0.5627, 0.4, 0.45, 0.5, null, null, null, 0.3);

  @TempDir Path folder;

  @Test
  void aSetGetsOneRowThatANewRunReplaces() throws IOException {
    Path readme = readme("<!-- measured: eval -->\n<!-- end measured -->\n");
    QualityTable.update(readme, "seeds", SEEDS);
    QualityTable.update(readme, "m2e2-dev", OTHER);
    QualityTable.update(readme, "seeds", OTHER);
    String text = Files.readString(readme);
    assertEquals(1, text.split("\\| seeds \\|", -1).length - 1, text);
    assertTrue(text.contains("| seeds | 777 | 0.563 (0.500 / 0.644) | 0.400 | 0.450 | 0.500 | – | – | – | 0.300 |"), text);
    assertTrue(text.indexOf("| seeds |") < text.indexOf("| m2e2-dev |"), "rows keep their order");
  }

  @Test
  void textAroundTheSectionIsKept() throws IOException {
    Path readme = readme("before\n<!-- measured: eval -->\nold prose\n<!-- end measured -->\nafter\n");
    QualityTable.update(readme, "seeds", SEEDS);
    String text = Files.readString(readme);
    assertTrue(text.startsWith("before\n<!-- measured: eval -->\n" + QualityTable.HEADER), text);
    assertTrue(text.endsWith("| 0.900 | – | 0.950 | 0.660 |\n<!-- end measured -->\nafter\n"), text);
  }

  @Test
  void aReadmeWithoutTheSectionIsAnError() throws IOException {
    Path readme = readme("no table here\n");
    IOException e = assertThrows(IOException.class, () -> QualityTable.update(readme, "seeds", SEEDS));
    assertTrue(e.getMessage().contains("measured: eval"), e.getMessage());
    assertEquals("no table here\n", Files.readString(readme));
  }

  private Path readme(String text) throws IOException {
    return Files.writeString(folder.resolve("README.md"), text);
  }
}
