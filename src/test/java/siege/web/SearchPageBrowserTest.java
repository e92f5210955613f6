package siege.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import siege.search.ApiJson;

/** The search page {@code /}: query, suggestions, facets, timeline, URL state, error states. */
@Tag("browser")
class SearchPageBrowserTest {
  @RegisterExtension static final BrowserSupport browser = new BrowserSupport();

  private WebDriver driver() {
    return browser.driver();
  }

  private void open(String pathAndQuery) {
    driver().get(browser.base() + pathAndQuery);
    waitUntilSettled();
  }

  /** Waits until the page has answered its search (status filled, not busy). */
  private void waitUntilSettled() {
    browser.waitFor(d -> !d.findElement(By.id("status")).getText().isEmpty()
        && d.findElement(By.id("results")).getAttribute("aria-busy") == null);
  }

  private List<WebElement> hits() {
    return driver().findElements(By.cssSelector("#hits .hit"));
  }

  private String status() {
    return driver().findElement(By.id("status")).getText();
  }

  /** Waits for the URL to change from {@code before}, then for the new search to settle. */
  private void waitForNavigation(String before) {
    browser.waitFor(d -> !d.getCurrentUrl().equals(before));
    waitUntilSettled();
  }

  private static JsonNode api(String pathAndQuery) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(browser.base() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
    return ApiJson.mapper().readTree(response.body());
  }

  @Test
  void aQueryShowsRankedHitsWithSnippetsAndPutsItInTheUrl() {
    open("/");
    WebElement input = driver().findElement(By.id("q"));
    String before = driver().getCurrentUrl();
    input.sendKeys("car bomb", Keys.ENTER);
    waitForNavigation(before);

    assertThat(driver().getCurrentUrl()).endsWith("/?q=car+bomb");
    assertThat(driver().getTitle()).startsWith("car bomb");
    WebElement event = hits().stream().filter(h -> h.getText().contains("27 Sep 2023")).findFirst()
        .orElseThrow(() -> new AssertionError("no hit dated 27 Sep 2023 for \"car bomb\"; the page says: " + status()));
    assertThat(event.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
    assertThat(event.getText()).contains("Siege of Timbuktu", "Jama'at Nasr al-Islam wal Muslimin");
    assertThat(event.findElement(By.cssSelector(".hit-title a")).getAttribute("href"))
        .startsWith(browser.base() + "/reports/siege-of-timbuktu#");
    assertThat(browser.cspViolations()).isEmpty();
  }

  @Test
  void downloadCsvIsOfferedExactlyWhenTheServerDescribesAnExport() throws Exception {
    boolean exports = api("/openapi.json").path("paths").has("/api/export");
    open("/?q=shelling&month=2023-09");
    WebElement csv = driver().findElement(By.id("csv"));
    browser.waitFor(d -> csv.isDisplayed() == exports);
    assertThat(csv.getAttribute("href")).isEqualTo(browser.base() + "/api/export?q=shelling&month=2023-09&format=csv");
  }

  @Test
  void aSuggestionOfSeveralWordsIsSearchedAsAPhrase() {
    open("/");
    WebElement input = driver().findElement(By.id("q"));
    input.sendKeys("wagner g");
    WebElement option = browser.waitFor(d -> d.findElements(By.cssSelector("#suggestions:not([hidden]) [role=option]"))
        .stream().filter(o -> o.getText().contains(" ")).findFirst().orElse(null));
    String phrase = option.getText();
    String before = driver().getCurrentUrl();
    while (!"true".equals(option.getAttribute("aria-selected"))) input.sendKeys(Keys.ARROW_DOWN);
    input.sendKeys(Keys.ENTER);
    waitForNavigation(before);
    assertThat(input.getAttribute("value")).isEqualTo('"' + phrase + '"');
    assertThat(hits()).isNotEmpty();
    assertThat(hits().get(0).getText().toLowerCase()).contains(phrase.toLowerCase());
  }

  @Test
  void arrowKeysAndEnterPickASuggestion() {
    open("/");
    WebElement input = driver().findElement(By.id("q"));
    input.sendKeys("car");
    List<WebElement> options = browser.waitFor(d -> {
      List<WebElement> o = d.findElements(By.cssSelector("#suggestions:not([hidden]) [role=option]"));
      return o.size() >= 2 ? o : null;
    });
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(input.getAttribute("aria-controls")).isEqualTo("suggestions");
    input.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(options.get(1).getAttribute("id"));
    assertThat(options.get(1).getAttribute("aria-selected")).isEqualTo("true");
    String chosen = options.get(1).getText();

    String before = driver().getCurrentUrl();
    input.sendKeys(Keys.ENTER);
    waitForNavigation(before);
    assertThat(input.getAttribute("value")).isEqualTo(chosen);
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(driver().getCurrentUrl()).contains("q=" + URLEncoder.encode(chosen, StandardCharsets.UTF_8));

    input.clear();
    input.sendKeys("car");
    browser.waitFor(d -> "true".equals(input.getAttribute("aria-expanded")));
    input.sendKeys(Keys.ESCAPE);
    assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(driver().findElement(By.id("suggestions")).isDisplayed()).isFalse();
  }

  @Test
  void aFacetSelectionFiltersAndShowsARemovableChip() {
    open("/?q=shelling");
    long totalBefore = Long.parseLong(status().replaceAll("^(\\d+).*", "$1"));
    WebElement wagner = driver().findElements(By.cssSelector("#facet-lists label")).stream()
        .filter(l -> l.getText().startsWith("Wagner Group")).findFirst().orElseThrow();
    long count = Long.parseLong(wagner.findElement(By.cssSelector(".count")).getText());
    String before = driver().getCurrentUrl();
    wagner.click();
    waitForNavigation(before);

    assertThat(driver().getCurrentUrl()).contains("actor=Wagner+Group");
    assertThat(status()).startsWith(count + " result");
    assertThat(count).isLessThan(totalBefore);
    assertThat(hits()).isNotEmpty().allSatisfy(h -> assertThat(h.getText()).contains("Wagner Group"));
    WebElement chip = driver().findElement(By.cssSelector("#chips .chip"));
    assertThat(chip.getAttribute("aria-label")).isEqualTo("Remove filter Actor: Wagner Group");

    before = driver().getCurrentUrl();
    chip.click();
    waitForNavigation(before);
    assertThat(driver().getCurrentUrl()).doesNotContain("actor=");
    assertThat(status()).startsWith(totalBefore + " result");
  }

  @Test
  void theTimelineSelectsAMonthByClickARangeByDragAndWorksByKeyboard() {
    open("/?q=shelling");
    WebElement september = driver().findElement(By.cssSelector("#timeline .bar[data-month='2023-09']"));
    assertThat(september.getAttribute("aria-label")).matches("Sep 2023: \\d+ results?");
    String before = driver().getCurrentUrl();
    september.click();
    waitForNavigation(before);
    assertThat(driver().getCurrentUrl()).endsWith("/?q=shelling&month=2023-09");
    assertThat(hits()).isNotEmpty().allSatisfy(h -> assertThat(h.findElement(By.cssSelector(".date")).getText()).endsWith("Sep 2023"));
    assertThat(driver().findElement(By.cssSelector("#timeline .bar[data-month='2023-09']")).getAttribute("aria-pressed")).isEqualTo("true");

    // drag from August to September selects both months
    WebElement august = driver().findElement(By.cssSelector("#timeline .bar[data-month='2023-08']"));
    WebElement sep = driver().findElement(By.cssSelector("#timeline .bar[data-month='2023-09']"));
    before = driver().getCurrentUrl();
    new Actions(driver()).clickAndHold(august).moveToElement(sep).release().perform();
    waitForNavigation(before);
    assertThat(driver().getCurrentUrl()).endsWith("/?q=shelling&month=2023-08&month=2023-09");
    assertThat(hits()).isNotEmpty().allSatisfy(h -> assertThat(h.findElement(By.cssSelector(".date")).getText()).matches(".*(Aug|Sep) 2023"));

    // keyboard: the focused bar moves with the arrow keys, Enter toggles it
    WebElement focused = driver().findElement(By.cssSelector("#timeline .bar[tabindex='0']"));
    String month = focused.getAttribute("data-month");
    focused.sendKeys(Keys.ARROW_RIGHT);
    WebElement next = driver().switchTo().activeElement();
    String nextMonth = next.getAttribute("data-month");
    assertThat(nextMonth).isNotNull().isNotEqualTo(month);
    boolean wasPressed = "true".equals(next.getAttribute("aria-pressed"));
    before = driver().getCurrentUrl();
    next.sendKeys(Keys.ENTER);
    waitForNavigation(before);
    assertThat(driver().getCurrentUrl().contains("month=" + nextMonth)).isEqualTo(!wasPressed);
    assertThat(driver().switchTo().activeElement().getAttribute("aria-pressed")).isEqualTo(String.valueOf(!wasPressed));
    assertThat(driver().switchTo().activeElement().getAttribute("data-month"))
        .as("focus stays on the bar after the page updates").isEqualTo(nextMonth);
  }

  @Test
  void theUrlRestoresTheWholeStateInANewTabAndTheBackButtonWorks() {
    open("/?q=shelling");
    String first = driver().getCurrentUrl();
    new org.openqa.selenium.support.ui.Select(driver().findElement(By.id("sort"))).selectByValue("-date");
    waitForNavigation(first);
    String sorted = driver().getCurrentUrl();
    driver().findElement(By.cssSelector("#timeline .bar[data-month='2023-09']")).click();
    waitForNavigation(sorted);
    String url = driver().getCurrentUrl();
    assertThat(url).contains("q=shelling", "month=2023-09", "sort=-date");
    String statusHere = status();
    List<String> hitsHere = hits().stream().map(WebElement::getText).toList();

    driver().switchTo().newWindow(WindowType.TAB);
    driver().get(url);
    waitUntilSettled();
    assertThat(driver().findElement(By.id("q")).getAttribute("value")).isEqualTo("shelling");
    assertThat(driver().findElement(By.id("sort")).getAttribute("value")).isEqualTo("-date");
    assertThat(driver().findElement(By.cssSelector("#timeline .bar[data-month='2023-09']")).getAttribute("aria-pressed")).isEqualTo("true");
    assertThat(driver().findElement(By.cssSelector("#chips .chip")).getText()).contains("Month: Sep 2023");
    assertThat(status()).isEqualTo(statusHere);
    assertThat(hits().stream().map(WebElement::getText).toList()).isEqualTo(hitsHere);

    driver().navigate().back();
    browser.waitFor(d -> d.getCurrentUrl().equals("about:blank"));
    driver().navigate().forward();
    waitUntilSettled();
    driver().findElement(By.cssSelector("#chips .chip")).click();
    waitForNavigation(url);
    driver().navigate().back();
    browser.waitFor(d -> d.getCurrentUrl().equals(url));
    browser.waitFor(d -> "true".equals(d.findElement(By.cssSelector("#timeline .bar[data-month='2023-09']")).getAttribute("aria-pressed")));
    waitUntilSettled();
    assertThat(status()).isEqualTo(statusHere);
  }

  @Test
  void pagingMovesThroughTheResults() {
    open("/");
    long total = Long.parseLong(status().replaceAll("^(\\d+).*", "$1"));
    assertThat(total).isGreaterThan(10);
    String firstHit = hits().get(0).getText();
    String before = driver().getCurrentUrl();
    driver().findElement(By.cssSelector("#pager a[rel=next]")).click();
    waitForNavigation(before);
    assertThat(driver().getCurrentUrl()).endsWith("/?page=2");
    assertThat(status()).contains("showing 11–");
    assertThat(hits().get(0).getText()).isNotEqualTo(firstHit);
    assertThat(driver().findElement(By.cssSelector("#pager [aria-current=page]")).getText()).isEqualTo("Page 2");
  }

  @Test
  void aQueryThatFindsNothingSaysSoAndOffersToRemoveTheFilters() {
    open("/?q=zzqxv&month=2023-09");
    assertThat(status()).isEqualTo("No results for “zzqxv”.");
    assertThat(driver().findElement(By.id("message")).getText()).contains("Nothing matches “zzqxv” with the selected filters.");
    assertThat(hits()).isEmpty();
    assertThat(driver().findElement(By.cssSelector("#timeline .bar[data-month='2023-09']")).getAttribute("aria-pressed"))
        .as("a selected month stays visible, so it can be removed").isEqualTo("true");
    String before = driver().getCurrentUrl();
    driver().findElement(By.xpath("//div[@id='message']//button[.='Remove all filters']")).click();
    waitForNavigation(before);
    assertThat(driver().getCurrentUrl()).endsWith("/?q=zzqxv");
  }

  @Test
  void noResultsOffersTheCorrection() throws Exception {
    JsonNode answer = api("/api/search?q=shellng");
    assertThat(answer.path("total").asLong()).isZero();
    String correction = answer.path("did_you_mean").textValue();
    assertThat(correction).as("the API's did_you_mean for a misspelt query").isNotBlank();

    open("/?q=shellng");
    assertThat(status()).startsWith("No results");
    WebElement link = driver().findElement(By.cssSelector("#message .did-you-mean"));
    assertThat(link.getText()).isEqualTo(correction);
    String before = driver().getCurrentUrl();
    link.click();
    waitForNavigation(before);
    assertThat(driver().findElement(By.id("q")).getAttribute("value")).isEqualTo(correction);
    assertThat(hits()).isNotEmpty();
  }

  @Test
  void aBadQueryShowsTheApisMessage() throws Exception {
    String bad = "\"car bomb";
    JsonNode answer = api("/api/search?q=" + URLEncoder.encode(bad, StandardCharsets.UTF_8));
    String message = answer.path("message").asText();
    assertThat(message).isNotEmpty();

    open("/?q=" + URLEncoder.encode(bad, StandardCharsets.UTF_8));
    WebElement box = driver().findElement(By.cssSelector("#message.error"));
    assertThat(box.getText()).contains(message);
    assertThat(hits()).isEmpty();
  }

  @Test
  void aServerThatCannotBeReachedIsSaidPlainly() {
    try (SiteUnderTest doomed = SiteUnderTest.start()) {
      driver().get(doomed.baseUrl() + "/?q=car");
      waitUntilSettled();
      doomed.close();
      driver().findElement(By.id("q")).sendKeys(" bomb", Keys.ENTER);
      browser.waitFor(d -> d.findElement(By.id("message")).getText().contains("cannot be reached"));
      assertThat(driver().findElement(By.cssSelector("#message button")).getText()).isEqualTo("Try again");
    }
  }

  @Test
  void hostileReportTextIsShownAsTextAndNoScriptRuns() {
    open("/?q=raiders+shelled");
    WebElement hit = hits().stream().filter(h -> h.getText().contains("onerror")).findFirst().orElseThrow();
    assertThat(hit.findElement(By.cssSelector(".snippet")).getText()).contains("<img src=x onerror=alert(1)>");
    assertThat(hit.findElement(By.cssSelector(".hit-title a")).getText()).contains("<b>alarm</b>");
    assertThat(driver().findElements(By.cssSelector("#results img, #results b, #facets img, #facets b"))).isEmpty();
    assertThat(((JavascriptExecutor) driver()).executeScript("return typeof window.__xss")).isEqualTo("undefined");
    assertThatThrownBy(() -> driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }

  @Test
  void screenshotOfTheSearchPage() {
    Dimension desktop = driver().manage().window().getSize();
    try {
      driver().manage().window().setSize(new Dimension(1280, 1300));
      open("/?q=blockade&month=2022-09&month=2022-10");
      assertThat(hits()).isNotEmpty().allSatisfy(h -> assertThat(h.findElement(By.cssSelector(".date")).getText()).matches(".*(Sep|Oct) 2022"));
      assertThat(driver().findElements(By.cssSelector("#chips .chip:not(.clear)"))).hasSize(2);
      assertThat(driver().findElements(By.cssSelector("#timeline .bar[aria-pressed=true]"))).hasSize(2);
      Long overflow = (Long) ((JavascriptExecutor) driver()).executeScript(
          "const b = document.querySelector('#timeline .bars'); return b.scrollWidth - b.clientWidth");
      assertThat(overflow).as("the timeline of the whole corpus fits the sidebar").isLessThanOrEqualTo(0L);
      browser.screenshot("search-page"); // the state of docs/search-page.png (which is taken on corpus/ alone)
    } finally {
      driver().manage().window().setSize(desktop);
    }
  }

  @Test
  void onAPhoneTheSidebarCollapsesBehindAButton() {
    Dimension desktop = driver().manage().window().getSize();
    try {
      driver().manage().window().setSize(new Dimension(390, 844));
      open("/?q=shelling");
      WebElement toggle = driver().findElement(By.id("filters-toggle"));
      assertThat(toggle.isDisplayed()).isTrue();
      assertThat(driver().findElement(By.id("facets")).isDisplayed()).isFalse();
      Long overflow = (Long) ((JavascriptExecutor) driver()).executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(overflow).as("no horizontal scrolling").isLessThanOrEqualTo(0L);
      toggle.click();
      assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
      assertThat(driver().findElement(By.id("facets")).isDisplayed()).isTrue();
      browser.screenshot("SearchPageBrowserTest-phone");
    } finally {
      driver().manage().window().setSize(desktop);
    }
  }
}
