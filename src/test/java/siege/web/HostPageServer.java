package siege.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "Another site" for the embedding tests: a loopback server on its own port (so a different
 * origin from the site under test) that serves HTML pages registered by the test, with no
 * Content-Security-Policy, the way a careless host page would.
 */
final class HostPageServer implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, String> pages = new ConcurrentHashMap<>();

  HostPageServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", ex -> {
      try (ex) {
        String html = pages.get(ex.getRequestURI().getPath());
        byte[] body = (html == null ? "not found" : html).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", html == null ? "text/plain" : "text/html; charset=utf-8");
        ex.sendResponseHeaders(html == null ? 404 : 200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
    });
    server.start();
  }

  /** Serves {@code html} at {@code path} and returns the page's URL. */
  String page(String path, String html) {
    pages.put(path, html);
    return origin() + path;
  }

  /** Deliberately "localhost" while the site under test is "127.0.0.1": another origin twice over. */
  String origin() {
    return "http://localhost:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
