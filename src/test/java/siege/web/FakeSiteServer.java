package siege.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siege.search.ApiJson;

/**
 * Test-only server for the browser tests until the real Javalin server is merged: serves classpath
 * {@code /public} with the routes the real server will have ({@code /} -> index.html,
 * {@code /reports/{id}} -> report.html, {@code /embed} -> embed.html) and the same strict
 * Content-Security-Policy on HTML pages, plus {@link FakeApi} under {@code /api} with CORS for any
 * origin.
 */
final class FakeSiteServer implements SiteUnderTest {
  private static final Logger LOG = LoggerFactory.getLogger(FakeSiteServer.class);
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "png", "image/png",
      "svg", "image/svg+xml",
      "ico", "image/x-icon");

  private final HttpServer server;
  private final ExecutorService executor;
  private final FakeApi api;

  private FakeSiteServer(FakeApi api) throws IOException {
    this.api = api;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.executor = Executors.newFixedThreadPool(8);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  static FakeSiteServer start(FakeApi api) {
    try {
      return new FakeSiteServer(api);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getRawPath();
      ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      if (path.startsWith("/api/")) {
        api(ex, path);
      } else if (path.equals("/")) {
        file(ex, "index.html");
      } else if (path.matches("/reports/[^/]+/?")) {
        file(ex, "report.html");
      } else if (path.equals("/embed")) {
        file(ex, "embed.html");
      } else if (path.matches("/[a-z][a-z0-9-]*\\.(js|css|png|svg|ico)")) {
        file(ex, path.substring(1));
      } else {
        send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
      }
    } catch (RuntimeException e) {
      LOG.error("fake site failed on {}", ex.getRequestURI(), e);
    }
  }

  private void file(HttpExchange ex, String name) throws IOException {
    String dir = System.getProperty("siege.web.public"); // live files while editing by hand
    try (InputStream in = dir != null
        ? (java.nio.file.Files.exists(java.nio.file.Path.of(dir, name)) ? java.nio.file.Files.newInputStream(java.nio.file.Path.of(dir, name)) : null)
        : FakeSiteServer.class.getResourceAsStream("/public/" + name)) {
      if (in == null) {
        send(ex, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
      if (name.endsWith(".html")) ex.getResponseHeaders().set("Content-Security-Policy", CSP);
      ex.getResponseHeaders().set("Cache-Control", "no-cache");
      send(ex, 200, type, in.readAllBytes());
    }
  }

  private void api(HttpExchange ex, String path) throws IOException {
    ex.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
    if (ex.getRequestMethod().equals("OPTIONS")) {
      ex.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, OPTIONS");
      ex.getResponseHeaders().set("Access-Control-Allow-Headers", "Accept, Content-Type");
      ex.sendResponseHeaders(204, -1);
      return;
    }
    Map<String, List<String>> params = query(ex.getRequestURI().getRawQuery());
    try {
      Object answer;
      if (path.equals("/api/search")) {
        answer = api.search(params);
      } else if (path.equals("/api/suggest")) {
        answer = api.suggest(params.getOrDefault("q", List.of("")).get(0));
      } else if (path.startsWith("/api/reports/")) {
        String id = URLDecoder.decode(path.substring("/api/reports/".length()), StandardCharsets.UTF_8);
        answer = api.report(id).orElseThrow(
            () -> new FakeApi.ApiException(404, "not_found", "no report with id '" + id + "'"));
      } else {
        throw new FakeApi.ApiException(404, "not_found", "no such endpoint: " + path);
      }
      json(ex, 200, answer);
    } catch (FakeApi.ApiException e) {
      Map<String, String> error = new LinkedHashMap<>();
      error.put("error", e.code);
      error.put("message", e.getMessage());
      json(ex, e.status, error);
    }
  }

  private static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) return params;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return params;
  }

  private static void json(HttpExchange ex, int status, Object body) throws IOException {
    byte[] bytes;
    try {
      bytes = ApiJson.mapper().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IOException(e);
    }
    send(ex, status, "application/json; charset=utf-8", bytes);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  /** Runs the fake site by hand for front-end work: prints its URL, stops on Ctrl-C. */
  public static void main(String[] args) throws Exception {
    FakeSiteServer site = start(new FakeApi(java.nio.file.Path.of("corpus")));
    LOG.info("fake site at {}", site.baseUrl());
    Thread.currentThread().join();
  }
}
