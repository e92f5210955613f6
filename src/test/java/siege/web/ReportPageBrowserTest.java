package siege.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import siege.search.ApiJson;

/** The report page {@code /reports/{id}}: whole report, events marked, opening at a hit's anchor. */
@Tag("browser")
class ReportPageBrowserTest {
  @RegisterExtension static final BrowserSupport browser = new BrowserSupport();

  private WebDriver driver() {
    return browser.driver();
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver()).executeScript(script, args);
  }

  private void waitForReport() {
    browser.waitFor(d -> d.findElement(By.id("report")).getAttribute("aria-busy") == null);
  }

  @Test
  void aSearchHitOpensTheReportAtItsEventHighlightedAndFocused() {
    driver().get(browser.base() + "/?q=bomb");
    WebElement link = browser.waitFor(d -> d.findElements(By.cssSelector("#hits .hit")).stream()
        .filter(h -> h.getText().contains("27 Sep 2023")).findFirst()
        .map(h -> h.findElement(By.cssSelector(".hit-title a"))).orElse(null));
    String href = link.getAttribute("href");
    String anchor = href.substring(href.indexOf('#') + 1);
    assertThat(anchor).matches("e\\d+");
    link.click();
    browser.waitFor(d -> d.getCurrentUrl().equals(href));
    waitForReport();

    WebElement target = driver().findElement(By.id(anchor));
    assertThat(target.getText()).contains("car bomb").contains("27 Sep 2023");
    assertThat(target.getAttribute("class")).contains("event").contains("is-target");
    assertThat(js("return document.querySelector(':target') === arguments[0]", target)).isEqualTo(true);
    assertThat(js("return document.activeElement === arguments[0]", target)).isEqualTo(true);
    assertThat(js("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight", target))
        .as("the event is scrolled into view").isEqualTo(true);
    String background = (String) js("return getComputedStyle(arguments[0]).backgroundColor", target);
    assertThat(background).as("highlighted").isEqualTo("rgb(255, 226, 122)");
    assertThat(browser.cspViolations()).isEmpty();
  }

  @Test
  void theReportShowsItsInfoboxSectionsAndEventsMarkedByDate() {
    driver().get(browser.base() + "/reports/siege-of-timbuktu");
    waitForReport();
    assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Siege of Timbuktu");
    assertThat(driver().getTitle()).startsWith("Siege of Timbuktu");
    List<String> infobox = driver().findElements(By.cssSelector(".infobox th")).stream().map(WebElement::getText).toList();
    assertThat(infobox).contains("Combatant1", "Combatant2", "Date");
    assertThat(driver().findElements(By.cssSelector("#report h2")).stream().map(WebElement::getText)).contains("Siege");
    assertThat(driver().findElements(By.cssSelector("#report p[id^=p]"))).hasSizeGreaterThanOrEqualTo(4);

    List<WebElement> marked = driver().findElements(By.cssSelector("#report .event"));
    List<WebElement> listed = driver().findElements(By.cssSelector("#event-list li"));
    assertThat(listed).isNotEmpty();
    assertThat(marked).as("events are marked inside their paragraphs").isNotEmpty();
    WebElement festival = marked.stream().filter(e -> e.getText().contains("festival")).findFirst().orElseThrow();
    assertThat(festival.findElement(By.cssSelector(".event-date")).getText()).isEqualTo("Dec 2023");

    // following a link in the event list moves the highlight there
    WebElement link = driver().findElement(By.cssSelector("#event-list a"));
    String anchor = link.getAttribute("href").replaceAll(".*#", "");
    link.click();
    browser.waitFor(d -> d.getCurrentUrl().endsWith("#" + anchor));
    assertThat(js("return document.querySelector(':target').id")).isEqualTo(anchor);
    assertThat(js("return document.activeElement.id")).isEqualTo(anchor);
  }

  /**
   * Every event the API lists for a report (sentences, clauses of a sentence split at ";",
   * undated ones, in the API's date order) is marked inside its paragraph, with its date badge,
   * and linked from the event list.
   */
  @Test
  void everyEventOfEveryReportIsMarkedInItsParagraph() throws Exception {
    JsonNode reports = api("/api/facets").path("report");
    assertThat(reports.size()).isGreaterThanOrEqualTo(5);
    int clauses = 0;
    for (JsonNode report : reports) {
      String id = report.path("value").asText();
      JsonNode view = api("/api/reports/" + id);
      driver().get(browser.base() + "/reports/" + id);
      waitForReport();
      assertThat(driver().findElements(By.cssSelector("#event-list li .excerpt.full")))
          .as("events of %s listed aside because their text was not found", id).isEmpty();
      for (JsonNode event : view.path("events")) {
        String local = event.path("id").asText().replaceFirst(".*#", "");
        String text = event.path("text").asText();
        WebElement marked = driver().findElement(By.cssSelector("#report p span.event#" + local));
        assertThat(marked.getText()).as("%s %s", id, local).endsWith(text.strip());
        WebElement badge = marked.findElement(By.cssSelector(".event-date"));
        if ("none".equals(event.path("date_precision").asText("none"))) {
          assertThat(badge.getText()).isEqualTo("Undated");
        } else {
          assertThat(badge.getAttribute("datetime")).isEqualTo(event.path("date").asText());
        }
        assertThat(driver().findElements(By.cssSelector("#event-list a[href='#" + local + "']"))).hasSize(1);
        if (!text.strip().matches(".*[.!?]$")) clauses++;
      }
    }
    assertThat(clauses).as("the corpus has events that are clauses of a sentence").isPositive();
  }

  private static JsonNode api(String path) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(browser.base() + path)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return ApiJson.mapper().readTree(response.body());
  }

  @Test
  void aParagraphAnchorOpensThatParagraph() {
    driver().get(browser.base() + "/reports/siege-of-timbuktu#p1");
    waitForReport();
    WebElement p = driver().findElement(By.id("p1"));
    assertThat(p.getTagName()).isEqualTo("p");
    assertThat(js("return document.querySelector(':target') === arguments[0]", p)).isEqualTo(true);
  }

  @Test
  void anUnknownReportSaysSo() {
    driver().get(browser.base() + "/reports/no-such-report");
    waitForReport();
    assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Report not found");
    assertThat(driver().findElement(By.cssSelector(".message.error")).getText()).contains("no-such-report");
  }

  @Test
  void hostileReportTextIsShownAsTextAndNoScriptRuns() {
    driver().get(browser.base() + "/reports/hostile-report");
    waitForReport();
    assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Siege of Testville <b>alarm</b>");
    assertThat(driver().findElement(By.id("report")).getText())
        .contains("<img src=x onerror=alert(1)>", "<script>window.__xss=2</script>");
    assertThat(driver().findElements(By.cssSelector("#report img, #report b, #report script, #events img"))).isEmpty();
    assertThat(js("return typeof window.__xss")).isEqualTo("undefined");
    assertThatThrownBy(() -> driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }

  @Test
  void theHeaderSearchGoesToTheSearchPage() {
    driver().get(browser.base() + "/reports/siege-of-timbuktu");
    waitForReport();
    driver().findElement(By.id("q")).sendKeys("blockade", Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().equals(browser.base() + "/?q=blockade"));
  }
}
