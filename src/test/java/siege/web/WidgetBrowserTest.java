package siege.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/** The embeddable {@code <siege-search>} box on a host page of another origin, and /embed. */
@Tag("browser")
class WidgetBrowserTest {
  @RegisterExtension static final BrowserSupport browser = new BrowserSupport();

  private static final String HOSTILE_CSS = """
      * { display: none; }
      html, body, .wrap { display: block; }
      div { color: red; }
      siege-search { color: red; font: italic 31px serif; letter-spacing: 9px; text-transform: uppercase; }
      input, button, a, li, span, mark, p { all: unset; color: red !important; background: lime !important; }
      """;

  private String hostPage(String path, String css, String attributes) {
    return browser.hosts().page(path, """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>A host site</title>
        <style>body { font-family: Georgia, serif; background: #f4f1ea; margin: 2rem; } %s</style>
        <script src="%s/widget.js" defer></script></head>
        <body>
          <h1>Field notes from the Sahel</h1>
          <p>Search the siege reports without leaving this page:</p>
          <div class="wrap"><siege-search endpoint="%s" placeholder="Search siege reports" %s></siege-search></div>
          <p>Other content of the host page follows the box.</p>
        </body></html>
        """.formatted(css, browser.base(), browser.base(), attributes));
  }

  private SearchContext box() {
    return browser.waitFor(d -> {
      WebElement host = d.findElement(By.cssSelector("siege-search"));
      return (Boolean) js().executeScript("return !!arguments[0].shadowRoot", host) ? host.getShadowRoot() : null;
    });
  }

  private JavascriptExecutor js() {
    return (JavascriptExecutor) browser.driver();
  }

  private List<WebElement> waitForHits(SearchContext box) {
    return browser.waitFor(d -> {
      List<WebElement> hits = box.findElements(By.cssSelector(".hit"));
      String status = box.findElement(By.cssSelector(".status")).getText();
      return !hits.isEmpty() && !status.startsWith("Searching") ? hits : null;
    });
  }

  /**
   * Types the query and waits until the box has answered that very query (its "See all" link
   * carries it and the status is no longer "Searching…"); returns the hits, possibly none.
   */
  private List<WebElement> search(SearchContext box, String query) {
    box.findElement(By.cssSelector("input")).sendKeys(query);
    String param = "q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
    browser.waitFor(d -> {
      String more = box.findElement(By.cssSelector(".more")).getAttribute("href");
      String status = box.findElement(By.cssSelector(".status")).getText();
      return more != null && (more.contains(param + "&") || more.endsWith(param))
          && !status.isEmpty() && !status.startsWith("Searching");
    });
    return box.findElements(By.cssSelector(".hit"));
  }

  private String status(SearchContext box) {
    return box.findElement(By.cssSelector(".status")).getText();
  }

  @Test
  void typingCarBombShowsTheEventWithItsSnippetAndALinkToTheReport() {
    browser.driver().get(hostPage("/plain.html", "", ""));
    SearchContext box = box();
    List<WebElement> hits = search(box, "car bomb");

    WebElement event = hits.stream().filter(h -> h.getText().contains("27 Sep 2023")).findFirst()
        .orElseThrow(() -> new AssertionError("no hit dated 27 Sep 2023 for \"car bomb\"; the box says: " + status(box)));
    List<WebElement> marks = event.findElements(By.cssSelector(".snip mark"));
    String marked = String.join(" ", marks.stream().map(WebElement::getText).toList()).toLowerCase();
    assertThat(marked).contains("car").contains("bomb");
    assertThat(event.findElement(By.cssSelector(".snip")).getText()).contains("car bomb");
    String href = event.findElement(By.cssSelector("a")).getAttribute("href");
    assertThat(href).startsWith(browser.base() + "/reports/siege-of-timbuktu#");
  }

  @Test
  void choosingAMonthFiltersTheResults() {
    browser.driver().get(hostPage("/plain.html", "", ""));
    SearchContext box = box();
    List<WebElement> before = search(box, "shelling");
    assertThat(before.stream().map(WebElement::getText)).anyMatch(t -> !t.contains("Sep 2023"));

    WebElement september = box.findElement(By.cssSelector(".months button[data-month='2023-09']"));
    String label = september.getText(); // "Sep 2023 (2)"
    long expected = Long.parseLong(label.replaceAll(".*\\((\\d+)\\)$", "$1"));
    september.click();

    browser.waitFor(d -> "true".equals(box.findElement(By.cssSelector(".months button[data-month='2023-09']"))
        .getAttribute("aria-pressed")) && !box.findElement(By.cssSelector(".status")).getText().startsWith("Searching"));
    List<WebElement> after = waitForHits(box);
    assertThat(after).isNotEmpty().allSatisfy(h -> assertThat(h.getText()).contains("Sep 2023"));
    assertThat(box.findElement(By.cssSelector(".status")).getText()).startsWith(expected + " result");
  }

  @Test
  void arrowKeysAndEnterPickASuggestion() {
    browser.driver().get(hostPage("/plain.html", "", ""));
    SearchContext box = box();
    WebElement input = box.findElement(By.cssSelector("input"));
    input.sendKeys("car");
    List<WebElement> options = browser.waitFor(d -> {
      List<WebElement> o = box.findElements(By.cssSelector("[role=listbox]:not([hidden]) [role=option]"));
      return o.size() >= 2 ? o : null;
    });
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");

    input.sendKeys(Keys.ARROW_DOWN);
    input.sendKeys(Keys.ARROW_DOWN);
    input.sendKeys(Keys.ARROW_UP);
    WebElement first = options.get(0);
    assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(first.getAttribute("id"));
    assertThat(first.getAttribute("aria-selected")).isEqualTo("true");
    assertThat(options.get(1).getAttribute("aria-selected")).isEqualTo("false");
    String chosen = first.getText();

    input.sendKeys(Keys.ENTER);
    assertThat(input.getAttribute("value")).isEqualTo(chosen);
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
    List<WebElement> hits = waitForHits(box);
    String firstWord = chosen.split(" ")[0].toLowerCase();
    assertThat(hits.get(0).findElement(By.cssSelector(".snip")).getText().toLowerCase()).contains(firstWord);
  }

  @Test
  void hostPageCssDoesNotChangeTheBox() {
    browser.driver().get(hostPage("/plain.html", "", ""));
    search(box(), "shelling");
    Map<String, String> clean = boxStyles();

    browser.driver().get(hostPage("/hostile.html", HOSTILE_CSS, ""));
    assertThat(browser.driver().findElement(By.tagName("h1")).isDisplayed())
        .as("the hostile rules are in force on the host page").isFalse();
    SearchContext box = box();
    search(box, "shelling");
    Map<String, String> hostile = boxStyles();

    assertThat(browser.driver().findElement(By.cssSelector("siege-search")).isDisplayed()).isTrue();
    assertThat(box.findElement(By.cssSelector("input")).isDisplayed()).isTrue();
    assertThat(box.findElement(By.cssSelector(".hit a")).isDisplayed()).isTrue();
    assertThat(hostile).isEqualTo(clean);
    assertThat(hostile.get("input.color")).isNotEqualTo("rgb(255, 0, 0)");
  }

  /** Computed styles of the box's parts, read inside its shadow root. */
  @SuppressWarnings("unchecked")
  private Map<String, String> boxStyles() {
    Object result = js().executeScript("""
        const root = document.querySelector('siege-search').shadowRoot;
        const host = document.querySelector('siege-search');
        const out = {};
        const props = ['display', 'visibility', 'color', 'background-color', 'font-family', 'font-size',
                       'font-style', 'letter-spacing', 'text-transform', 'border-top-width', 'padding-top'];
        const parts = {box: '.box', input: 'input', button: 'button[type=submit]', link: '.hit a',
                       snippet: '.snip', mark: '.snip mark', status: '.status', panel: '.panel'};
        for (const [name, selector] of Object.entries(parts)) {
          const el = root.querySelector(selector);
          if (!el) { out[name] = 'missing'; continue; }
          const cs = getComputedStyle(el);
          for (const p of props) out[name + '.' + p] = cs.getPropertyValue(p);
        }
        out['host.display'] = getComputedStyle(host).display;
        out['host.visibility'] = getComputedStyle(host).visibility;
        return out;
        """);
    return new LinkedHashMap<>((Map<String, String>) result);
  }

  @Test
  void reportTextIsShownAsTextAndNoScriptRuns() {
    browser.driver().get(hostPage("/plain.html", "", ""));
    SearchContext box = box();
    List<WebElement> hits = search(box, "raiders shelled");

    WebElement hit = hits.stream().filter(h -> h.getText().contains("onerror")).findFirst().orElseThrow();
    assertThat(hit.findElement(By.cssSelector(".snip")).getText()).contains("<img src=x onerror=alert(1)>");
    assertThat(hit.findElement(By.cssSelector("a")).getText()).contains("<b>alarm</b>");
    assertThat(box.findElements(By.cssSelector("img, b, script"))).isEmpty();
    assertThat(js().executeScript("return typeof window.__xss")).isEqualTo("undefined");
    assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }

  @Test
  void presetAttributesFilterAndDarkThemeApplies() {
    browser.driver().get(hostPage("/preset.html", "siege-search { --siege-accent: rgb(0, 90, 200); }",
        "month=\"2023-09\" theme=\"dark\" results=\"3\""));
    SearchContext box = box();
    List<WebElement> hits = search(box, "shelling");
    assertThat(hits).isNotEmpty().hasSizeLessThanOrEqualTo(3).allSatisfy(h -> assertThat(h.getText()).contains("Sep 2023"));
    assertThat(box.findElement(By.cssSelector(".months button[data-month='2023-09']")).getAttribute("aria-pressed"))
        .isEqualTo("true");
    String button = (String) js().executeScript(
        "return getComputedStyle(arguments[0]).backgroundColor", box.findElement(By.cssSelector("button[type=submit]")));
    assertThat(button).isEqualTo("rgb(0, 90, 200)");
    String panel = (String) js().executeScript(
        "return getComputedStyle(arguments[0]).backgroundColor", box.findElement(By.cssSelector(".panel")));
    assertThat(panel).isEqualTo("rgb(31, 31, 35)");
  }

  @Test
  void aServerThatCannotBeReachedIsSaidPlainly() {
    browser.driver().get(browser.hosts().page("/down.html", """
        <!doctype html><html><head><meta charset="utf-8"><script src="%s/widget.js" defer></script></head>
        <body><siege-search endpoint="http://127.0.0.1:9"></siege-search></body></html>
        """.formatted(browser.base())));
    SearchContext box = box();
    box.findElement(By.cssSelector("input")).sendKeys("car bomb");
    browser.waitFor(d -> box.findElement(By.cssSelector(".status")).getText().contains("cannot be reached"));
  }

  @Test
  void embedPageShowsTheBoxFromItsUrlUnderTheStrictCsp() {
    browser.driver().get(browser.base() + "/embed?q=shelling&month=2023-09");
    SearchContext box = box();
    List<WebElement> hits = waitForHits(box);
    assertThat(box.findElement(By.cssSelector("input")).getAttribute("value")).isEqualTo("shelling");
    assertThat(hits).allSatisfy(h -> assertThat(h.getText()).contains("Sep 2023"));
    // the internal stylesheet applied although the page forbids inline styles
    String position = (String) js().executeScript(
        "return getComputedStyle(arguments[0]).borderTopLeftRadius", box.findElement(By.cssSelector("input")));
    assertThat(position).isEqualTo("6px");
    assertThat(browser.cspViolations()).isEmpty();
  }

  @Test
  void screenshotOfTheBoxOnAHostPage() {
    browser.driver().get(hostPage("/shot.html", ".wrap { max-width: 40rem; }", ""));
    SearchContext box = box();
    search(box, "shelling");
    box.findElement(By.cssSelector("input")).sendKeys(Keys.ESCAPE); // close the suggestions, keep the results
    assertThat(box.findElement(By.cssSelector(".panel")).isDisplayed()).isTrue();
    assertThat(box.findElement(By.cssSelector("input")).getAttribute("value")).isEqualTo("shelling");
    browser.screenshot("widget-on-host-page"); // copied to docs/widget-screenshot.png for the README
  }
}
