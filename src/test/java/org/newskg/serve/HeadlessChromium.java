package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.newskg.Home;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's ChromeDriver, with its console and its
 * network requests logged. Missing binaries fail the test on CI ({@code CI=true}, where
 * {@code .ci/install-test-tools} installs them) and skip it elsewhere. {@link #close()} ends the
 * browser and the driver.
 */
final class HeadlessChromium implements AutoCloseable {
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration READY = Duration.ofSeconds(60);
  // Flags a headless Chromium needs on this kind of machine; the resolver rule makes any request
  // to a host other than 127.0.0.1 fail at once, so a stray one shows up as an error, not a hang.
  private static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
      "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-GB",
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
  // Selenium warns on every start that it has no DevTools classes for this Chromium; none are used.
  private static final java.util.logging.Logger CDP_WARNINGS = quiet("org.openqa.selenium.devtools.CdpVersionFinder");
  private final ChromeDriverService service;
  final ChromeDriver driver;

  private HeadlessChromium(ChromeDriverService service, ChromeDriver driver) {
    this.service = service;
    this.driver = driver;
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(Level.OFF);
    return logger;
  }

  /** Fails on CI, skips elsewhere, unless Debian's chromium and chromium-driver are installed. */
  static void require() {
    for (Path binary : List.of(BROWSER, DRIVER)) {
      if (!Files.isExecutable(binary)) {
        String message = binary + " is missing (Debian packages chromium, chromium-driver; .ci/install-test-tools installs them)";
        if ("true".equals(System.getenv("CI"))) {
          fail("CI=true but " + message);
        }
        assumeTrue(false, "skipped: " + message);
      }
    }
  }

  /** Starts the driver on a free loopback port and a browser with a new profile in this folder. */
  static HeadlessChromium start(Path profile) {
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile());
    options.addArguments(FLAGS);
    options.addArguments("--user-data-dir=" + profile.toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    try {
      return new HeadlessChromium(service, new ChromeDriver(service, options));
    } catch (RuntimeException e) {
      service.stop();
      throw e;
    }
  }

  /** Loads the app at this URL as a new page and waits for the view to be drawn; answers its root element. */
  WebElement open(String url, String view) {
    driver.get("about:blank"); // else a URL differing only in its fragment would not load a new page
    driver.get(url);
    return awaitView(view);
  }

  /** Waits until the view's root element says it is ready (or failed: then the test fails). */
  WebElement awaitView(String view) {
    By root = By.cssSelector("[data-view='" + view + "'][data-state]:not([data-state='loading'])");
    WebElement element = await(d -> d.findElement(root));
    if (!"ready".equals(element.getAttribute("data-state"))) {
      fail(view + " failed: " + element.getText());
    }
    return element;
  }

  /** Waits for a condition of the page to hold (a non-null, non-false answer). */
  <T> T await(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, READY).ignoring(org.openqa.selenium.NoSuchElementException.class).until(condition);
    } catch (TimeoutException e) {
      throw new AssertionError("waited " + READY + " in vain on " + driver.getCurrentUrl()
          + "\nconsole: " + consoleLines(Level.ALL), e);
    }
  }

  Object script(String javascript, Object... arguments) {
    return driver.executeScript(javascript, arguments);
  }

  /** Milliseconds from the page's start to the mark the app sets when the view is drawn. */
  double renderMillis(String view) {
    Object value = script("const m = performance.getEntriesByName('newskg:ready:' + arguments[0]);"
        + " return m.length ? m[0].startTime : -1;", view);
    return ((Number) value).doubleValue();
  }

  /** The console lines at or above this level since the last call (reading empties the log). */
  List<String> consoleLines(Level level) {
    List<String> lines = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= level.intValue()) {
        lines.add(entry.getLevel() + " " + entry.getMessage());
      }
    }
    return lines;
  }

  /** Every URL the browser asked for since the last call, from its network log. */
  List<String> requestedUrls() {
    List<String> urls = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonObject message = JSON.parse(entry.getMessage()).get("message").getAsObject();
      String method = message.getString("method");
      JsonObject params = message.get("params").getAsObject();
      if ("Network.requestWillBeSent".equals(method)) {
        urls.add(params.get("request").getAsObject().getString("url"));
      } else if ("Network.webSocketCreated".equals(method)) {
        urls.add(params.getString("url"));
      }
    }
    return urls;
  }

  /** The violations axe-core finds on the page (rule id, impact and the elements), none if it is accessible. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> accessibilityViolations() {
    script(axeSource());
    Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + " axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v =>"
        + " ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))),"
        + " e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
    return (List<Map<String, Object>>) result;
  }

  // axe-core as frontend/vendor put it beside the tests (its manifest names the file).
  private static String axeSource() {
    try (Stream<String> lines = Files.lines(Home.path("frontend/vendored.tsv"))) {
      String file = lines.map(line -> line.split("\t")[0]).filter(f -> f.endsWith("/axe.min.js")).findFirst()
          .orElseThrow(() -> new IllegalStateException("frontend/vendored.tsv lists no axe.min.js"));
      return Files.readString(Home.path(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read axe-core", e);
    }
  }

  /** Writes what the browser shows to a PNG file. */
  void screenshot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + file, e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
    }
  }
}
