package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
  @Test
  void showsRateAndTimeLeftOnceDocumentsFinish() throws InterruptedException {
    StringWriter out = new StringWriter();
    ProgressLine progress = new ProgressLine(new PrintWriter(out), "ingest");
    progress.documentDone(1, 5);
    Thread.sleep(20);
    progress.documentDone(5, 5);
    String last = out.toString().substring(out.toString().lastIndexOf('\r') + 1);
    assertTrue(last.matches("ingest 5/5  \\d+\\.\\d docs/s  0:00 left\\s*\\n"), last);
  }

  @Test
  void hoursShowWhenLong() {
    assertEquals("1:02:03", ProgressLine.clock(Duration.ofSeconds(3723)));
    assertEquals("2:05", ProgressLine.clock(Duration.ofSeconds(125)));
  }
}
