package siege.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CORS for the read-only API and the security headers on every answer. */
class CorsAndHeadersTest {

  @Test
  void anyOriginByDefault() {
    try (TestServer t = new TestServer(new FakeSearchService())) {
      var r = t.get("/api/search?q=car", "Origin", "https://news.example.org");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
      assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

      var preflight = t.send("OPTIONS", "/api/search?q=car", "Origin", "https://news.example.org",
          "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "content-type");
      assertThat(preflight.statusCode()).isEqualTo(204);
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD, OPTIONS");
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()).containsIgnoringCase("content-type");
      assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).hasValue("600");
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }
  }

  @Test
  void configuredOriginsOnly() throws Exception {
    var config = ServerConfig.defaults().withPort(0)
        .withCorsOrigins(ServerConfig.parseCorsOrigins("https://a.example.org, http://localhost:8080/"));
    try (TestServer t = new TestServer(new FakeSearchService(), config)) {
      var allowed = t.get("/api/events/siege-of-timbuktu%23e9", "Origin", "http://localhost:8080");
      assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:8080");
      assertThat(allowed.headers().allValues("Vary")).contains("Origin");

      var preflight = t.send("OPTIONS", "/api/search", "Origin", "https://a.example.org",
          "Access-Control-Request-Method", "GET");
      assertThat(preflight.statusCode()).isEqualTo(204);
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://a.example.org");

      // another origin: still answered (public data), but without CORS headers, so a browser blocks it
      var other = t.get("/api/search?q=car", "Origin", "https://evil.example.com");
      assertThat(other.statusCode()).isEqualTo(200);
      assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(other.headers().allValues("Vary")).contains("Origin");

      var otherPreflight = t.send("OPTIONS", "/api/search", "Origin", "https://evil.example.com",
          "Access-Control-Request-Method", "GET");
      assertThat(otherPreflight.statusCode()).isEqualTo(403);
      assertThat(otherPreflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      BadInputCases.assertErrorBody(otherPreflight.statusCode(), otherPreflight.body(), 403,
          "origin_not_allowed", "https://a.example.org, http://localhost:8080");
    }
  }

  @Test
  void preflightForAWriteMethodIsRefused() throws Exception {
    try (TestServer t = new TestServer(new FakeSearchService())) {
      var r = t.send("OPTIONS", "/api/search", "Origin", "https://a.example.org",
          "Access-Control-Request-Method", "DELETE");
      BadInputCases.assertErrorBody(r.statusCode(), r.body(), 405, "method_not_allowed", "read-only");
    }
  }

  @Test
  void plainOptionsListsTheMethods() {
    try (TestServer t = new TestServer(new FakeSearchService())) {
      var r = t.send("OPTIONS", "/api/events/x%23e1");
      assertThat(r.statusCode()).isEqualTo(204);
      assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/reports/siege-of-timbuktu", "/index.html", "/report.html"})
  void htmlPagesHaveAStrictPolicyAndCannotBeFramedElsewhere(String path) {
    try (TestServer t = new TestServer(new FakeSearchService())) {
      var r = t.get(path);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
      assertCommonHeaders(r);
      String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
          "img-src 'self' data:", "frame-ancestors 'self'").doesNotContain("unsafe-inline");
      assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    }
  }

  @Test
  void embedMayBeFramedByAnySite() {
    try (TestServer t = new TestServer(new FakeSearchService())) {
      var r = t.get("/embed?q=car+bomb");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("test embed page");
      assertCommonHeaders(r);
      assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
          .contains("frame-ancestors *", "script-src 'self'");
      assertThat(r.headers().firstValue("X-Frame-Options")).isEmpty();
    }
  }

  @Test
  void widgetAndApiMayBeLoadedCrossOrigin() {
    try (TestServer t = new TestServer(new FakeSearchService())) {
      for (String path : List.of("/widget.js", "/api/search?q=car", "/health", "/openapi.json")) {
        var r = t.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertCommonHeaders(r);
        assertThat(r.headers().firstValue("Cross-Origin-Resource-Policy")).as(path).hasValue("cross-origin");
      }
      var widget = t.get("/widget.js");
      assertThat(widget.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
      var api = t.get("/api/search");
      assertThat(api.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(api.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
      assertThat(t.get("/").headers().firstValue("Cross-Origin-Resource-Policy")).hasValue("same-origin");
    }
  }

  @Test
  void errorAnswersCarryTheHeadersToo() throws Exception {
    try (TestServer t = new TestServer(new FakeSearchService())) {
      assertCommonHeaders(t.get("/api/search?size=1000"));
      assertCommonHeaders(t.get("/api/nothing"));
      assertCommonHeaders(t.send("POST", "/api/search"));
      var raw = t.raw("GET", "/../pom.xml"); // refused by Jetty itself
      assertThat(raw.head()).containsIgnoringCase("X-Content-Type-Options: nosniff");
      assertThat(raw.head()).containsIgnoringCase("Content-Type: application/json");
    }
  }

  @Test
  void serverDoesNotAdvertiseItsVersion() {
    try (TestServer t = new TestServer(new FakeSearchService())) {
      var r = t.get("/health");
      assertThat(r.headers().firstValue("Server")).isEmpty();
      assertThat(r.headers().firstValue("X-Powered-By")).isEmpty();
    }
  }

  static void assertCommonHeaders(HttpResponse<String> r) {
    assertThat(r.headers().firstValue("X-Content-Type-Options")).as(r.uri().toString()).hasValue("nosniff");
    assertThat(r.headers().firstValue("Referrer-Policy")).as(r.uri().toString()).hasValue("strict-origin-when-cross-origin");
    assertThat(r.headers().firstValue("Content-Security-Policy")).as(r.uri().toString()).isPresent();
  }
}
