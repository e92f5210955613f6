package siege.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JUnit 5 extension for the browser tests: per test class it starts the {@link SiteUnderTest},
 * a {@link HostPageServer} for "other sites", and Debian's headless Chromium through
 * {@code /usr/bin/chromedriver} (fresh profile, 1280x900, no network chatter); after each test it
 * saves a screenshot under {@code target/screenshots/<Class>-<test>.png} and closes extra tabs.
 * Use it as {@code @RegisterExtension static final BrowserSupport browser = new BrowserSupport();}
 * on a class tagged {@code @Tag("browser")}.
 */
final class BrowserSupport implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  private static final Logger LOG = LoggerFactory.getLogger(BrowserSupport.class);
  static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Duration WAIT = Duration.ofSeconds(10);

  private SiteUnderTest site;
  private HostPageServer hosts;
  private ChromeDriverService service;
  private ChromeDriver driver;
  private Path profile;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver ("
          + CHROMIUM + ", " + CHROMEDRIVER + "): run .ci/run, or apt-get install -y chromium chromium-driver, "
          + "or point -Dchromium.binary / -Dchromedriver.binary at them, or skip them with -Dtest.exclude=browser");
    }
    site = SiteUnderTest.start();
    hosts = new HostPageServer();
    profile = Files.createTempDirectory("siege-chromium-");
    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withLogOutput(java.io.OutputStream.nullOutputStream())
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
    // an alert() left open must be seen by the test (XSS checks), not dismissed silently
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    try {
      driver = new ChromeDriver(service, options);
    } catch (org.openqa.selenium.WebDriverException e) {
      service.stop();
      throw new IllegalStateException("headless Chromium could not be started through " + CHROMEDRIVER
          + " (are chromium and chromium-driver the same version?): " + e.getMessage().lines().findFirst().orElse(""), e);
    }
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    LOG.info("browser tests: site {} host pages {}", site.baseUrl(), hosts.origin());
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (driver != null) driver.quit();
    } finally {
      if (service != null) service.stop();
      if (hosts != null) hosts.close();
      if (site != null) site.close();
      deleteTree(profile);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    driver.get("about:blank");
    driver.manage().logs().get(LogType.BROWSER); // drain what earlier tests left
  }

  /** Console messages about Content-Security-Policy violations since the last call. */
  java.util.List<String> cspViolations() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy"))
        .toList();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    String name = context.getRequiredTestClass().getSimpleName() + "-"
        + context.getRequiredTestMethod().getName();
    try {
      screenshot(name);
    } catch (RuntimeException e) {
      LOG.warn("no screenshot for {}: {}", name, e.toString());
    }
    String first = driver.getWindowHandles().iterator().next();
    for (String handle : driver.getWindowHandles()) {
      if (!handle.equals(first)) {
        driver.switchTo().window(handle).close();
      }
    }
    driver.switchTo().window(first);
  }

  /** Saves a PNG of the current window under target/screenshots and returns its path. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebDriver driver() {
    return driver;
  }

  /** Base URL of the site under test (search page, report pages, /widget.js, /api). */
  String base() {
    return site.baseUrl();
  }

  SiteUnderTest site() {
    return site;
  }

  HostPageServer hosts() {
    return hosts;
  }

  /** Waits up to {@link #WAIT} for the condition to give a non-null, non-false value. */
  <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(condition);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) return;
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
