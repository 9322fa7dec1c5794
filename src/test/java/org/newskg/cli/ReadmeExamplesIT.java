package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's example session as written — through the {@code ./newskg} launcher, bash and
 * curl — against a temporary store and a free port instead of /tmp/newskg-demo and 3030.
 */
class ReadmeExamplesIT {
  private static final String DEMO_STORE = "/tmp/newskg-demo";
  private static final String DEMO_PORT = "3030";
  private static final long COMMAND_TIMEOUT_SECONDS = 600;

  @TempDir Path dir;
  private final List<Process> background = new ArrayList<>();

  @AfterEach
  void stopServers() {
    background.forEach(Process::destroy);
  }

  @Test
  void theExampleSessionRuns() throws Exception {
    int port = freePort();
    List<String> commands = exampleCommands();
    assertTrue(commands.size() >= 5, "the README has an example session");
    for (String written : commands) {
      String command = written.replace(DEMO_STORE, dir.resolve("demo").toString()).replace(DEMO_PORT, Integer.toString(port));
      if (command.endsWith("&")) {
        background.add(start(command.substring(0, command.length() - 1).trim()));
        awaitPort(port);
      } else {
        String out = run(command);
        assertFalse(writtenOutput(command, out).isBlank(), "no output from: " + written);
        assertCountsArePositive(command, out);
      }
    }
  }

  // A command with --out FILE writes FILE; the others print.
  private static String writtenOutput(String command, String printed) throws IOException {
    String[] words = command.split("\\s+");
    for (int i = 0; i + 1 < words.length; i++) {
      if (words[i].equals("--out")) {
        return Files.readString(Path.of(words[i + 1]));
      }
    }
    return printed;
  }

  // The SPARQL COUNT example answers CSV: a header, then the number, which must not be zero.
  private static void assertCountsArePositive(String command, String out) {
    if (command.contains("COUNT(")) {
      String[] lines = out.strip().split("\\R");
      assertTrue(Long.parseLong(lines[lines.length - 1].strip()) > 0, out);
    }
  }

  static List<String> exampleCommands() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
    int heading = lines.indexOf("## Example session");
    int open = indexFrom(lines, heading, "```sh");
    int close = indexFrom(lines, open + 1, "```");
    return lines.subList(open + 1, close).stream().filter(l -> !l.isBlank()).toList();
  }

  private static int indexFrom(List<String> lines, int from, String line) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).equals(line)) {
        return i;
      }
    }
    throw new AssertionError("README: no '" + line + "' after line " + from);
  }

  private String run(String command) throws Exception {
    Path out = dir.resolve("out.txt");
    Process process = bash(command).redirectOutput(out.toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
    assertTrue(process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS), "timed out: " + command);
    String err = Files.readString(dir.resolve("err.txt"));
    assertEquals(0, process.exitValue(), command + "\n" + err);
    return Files.readString(out);
  }

  private Process start(String command) throws IOException {
    return bash("exec " + command).redirectOutput(dir.resolve("server.txt").toFile()).redirectErrorStream(true).start();
  }

  private static ProcessBuilder bash(String command) {
    return new ProcessBuilder("bash", "-c", "set -euo pipefail; " + command).directory(Path.of(".").toFile());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private void awaitPort(int port) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      try (Socket probe = new Socket("127.0.0.1", port)) {
        assertTrue(probe.isConnected());
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new AssertionError("the server did not start on port " + port);
  }
}
