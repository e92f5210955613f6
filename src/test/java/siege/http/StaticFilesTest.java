package siege.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The front-end files are served from their classpath folder, and nothing outside it. */
class StaticFilesTest {
  static TestServer t;

  @BeforeAll
  static void start() {
    t = new TestServer(new FakeSearchService());
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  @Test
  void namedPagesMapToTheirFiles() {
    assertThat(t.get("/").body()).contains("test index page");
    assertThat(t.get("/?q=car+bomb&month=2023-09").body()).contains("test index page");
    assertThat(t.get("/reports/siege-of-timbuktu").body()).contains("test report page");
    assertThat(t.get("/reports/anything-at-all").body()).contains("test report page");
    assertThat(t.get("/embed").body()).contains("test embed page");
  }

  @Test
  void otherFilesAreServedByNameWithTheirType() {
    var css = t.get("/app.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
    assertThat(css.body()).contains("test css");
    assertThat(t.get("/app.js").body()).contains("test app");
    assertThat(t.get("/widget.js").body()).contains("test widget");
  }

  @Test
  void openApiDocumentIsServed() {
    var r = t.get("/openapi.json");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(r.body()).contains("\"openapi\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/../pom.xml", "/%2e%2e/pom.xml", "/%2E%2E/%2E%2E/etc/passwd", "/public/../pom.xml",
      "/test-public/../siege/openapi.json", "/..%2fpom.xml", "/..%5cpom.xml", "/.%2e/pom.xml",
      "/app.css/../../pom.xml", "//etc/passwd", "/siege/http/SearchServer.class", "/siege/openapi.json",
      "/test-public/index.html", "/META-INF/MANIFEST.MF", "/%252e%252e/pom.xml", "/app.css%00.html",
      "/WEB-INF/web.xml", "/.git/config", "/file:/etc/passwd"})
  void nothingOutsideTheFolderIsReadable(String target) throws Exception {
    var r = t.raw("GET", target);
    assertThat(r.status()).as(target + " -> " + r.body()).isIn(400, 404);
    assertThat(r.body()).doesNotContain("<project").doesNotContain("root:").doesNotContain("\"openapi\"")
        .doesNotContain("test index page").doesNotContain("Manifest-Version");
    assertThat(r.head()).containsIgnoringCase("Content-Type: application/json");
  }
}
