package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's Python ({@code /usr/bin/python3}) as a real client of newskg's files and endpoint.
 * A missing interpreter or module fails the test on CI ({@code CI=true}, where
 * {@code .ci/install-test-tools} installs them) and skips it elsewhere.
 */
public final class PythonClient {
  public static final Path PYTHON = Path.of("/usr/bin/python3");

  private PythonClient() {}

  /** Fails on CI, skips elsewhere, unless Debian's python3 can import every module. */
  public static void require(String debianPackage, String... modules) {
    String problem = problem(modules);
    if (problem == null) {
      return;
    }
    String message = problem + " (Debian package " + debianPackage + "; .ci/install-test-tools installs it)";
    if ("true".equals(System.getenv("CI"))) {
      fail("CI=true but " + message);
    }
    assumeTrue(false, "skipped: " + message);
  }

  /** Runs the script with the arguments and returns its standard output; fails on a non-zero exit. */
  public static String run(String script, String... arguments) {
    List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-c", script));
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(true, process.waitFor(60, TimeUnit.SECONDS), "python3 did not finish");
      assertEquals(0, process.exitValue(), "python3 failed:\n" + output);
      return output.strip();
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + PYTHON, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String problem(String... modules) {
    if (!Files.isExecutable(PYTHON)) {
      return PYTHON + " is missing";
    }
    for (String module : modules) {
      if (!imports(module)) {
        return PYTHON + " cannot import " + module;
      }
    }
    return null;
  }

  private static boolean imports(String module) {
    try {
      Process process = new ProcessBuilder(PYTHON.toString(), "-c", "import " + module)
          .redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
