package siege.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import siege.search.SearchService;

/** A real server on a free loopback port with the test front-end, and a client to call it. */
final class TestServer implements AutoCloseable {
  static final String TEST_STATIC_FOLDER = "/test-public";

  final SearchServer server;
  final URI base;
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  TestServer(SearchService service) {
    this(service, ServerConfig.defaults().withPort(0));
  }

  TestServer(SearchService service, ServerConfig config) {
    server = new SearchServer(service, config, TEST_STATIC_FOLDER);
    base = server.start();
  }

  HttpResponse<String> get(String pathAndQuery, String... headers) {
    return send("GET", pathAndQuery, headers);
  }

  HttpResponse<String> send(String method, String pathAndQuery, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery))
        .timeout(Duration.ofSeconds(10))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) b.headers(headers);
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends {@code requestTarget} byte for byte over a socket (for targets java.net.URI refuses, such
   * as malformed escapes or dot segments) and returns the status line and headers and body.
   */
  RawResponse raw(String method, String requestTarget) throws IOException {
    try (Socket s = new Socket(base.getHost(), base.getPort())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write((method + " " + requestTarget + " HTTP/1.1\r\nHost: " + base.getHost()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = s.getInputStream();
      byte[] head = readHead(in);
      String headText = new String(head, StandardCharsets.UTF_8);
      int status = Integer.parseInt(headText.substring(9, 12));
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(headText);
      byte[] body = m.find() ? in.readNBytes(Integer.parseInt(m.group(1))) : in.readAllBytes();
      return new RawResponse(status, headText.strip(), new String(body, StandardCharsets.UTF_8));
    }
  }

  /** Reads up to and including the blank line that ends the headers. */
  private static byte[] readHead(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int matched = 0;
    int b;
    while (matched < 4 && (b = in.read()) >= 0) {
      out.write(b);
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return out.toByteArray();
  }

  record RawResponse(int status, String head, String body) {}

  /** A client for a server started elsewhere. */
  static final class Client implements AutoCloseable {
    private final URI base;
    private final HttpClient client = HttpClient.newHttpClient();

    Client(URI base) {
      this.base = base;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return client.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {}
  }

  @Override
  public void close() {
    server.stop();
  }
}
