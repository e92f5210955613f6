package siege.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * {@code serve --exit-after-self-test}: asks a just-started server for what a visitor's first
 * minute asks (the search page, a search with facets and snippets, a filtered search, suggestions,
 * a report and its page, an event, the embed page) and checks every answer is a 200. The build runs
 * it once under {@code -XX:ArchiveClassesAtExit} so that the classes those answers need go into the
 * class archive the README's run command starts with; it doubles as a smoke test of the jar.
 */
final class SelfTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private SelfTest() {}

  /** True when every answer was a 200; each other answer is printed to {@code out}, then a summary. */
  static boolean run(URI base, PrintWriter out) throws IOException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    java.util.Set<String> paths = new java.util.LinkedHashSet<>(List.of("/", "/health", "/api/facets", "/api/suggest?q=sh",
        "/embed", "/openapi.json"));
    boolean ok = true;
    List<String> words = List.of("shelling", "car bomb", "\"the city\"", "siege");
    for (String word : words) {
      String path = "/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
      Answer a = get(client, base, path, out);
      ok &= a.status == 200;
      JsonNode first = a.status == 200 ? JSON.readTree(a.body).path("hits").path(0) : null;
      if (first != null && !first.isMissingNode()) {
        String report = URLEncoder.encode(first.path("report").asText(), StandardCharsets.UTF_8);
        paths.add("/api/reports/" + report);
        paths.add("/reports/" + report);
        if (!first.path("month").isNull() && !first.path("month").asText().isEmpty()) {
          paths.add(path + "&month=" + first.path("month").asText() + "&sort=date");
        }
      }
    }
    for (String path : paths) ok &= get(client, base, path, out).status == 200;
    out.println(ok ? "self-test: " + (paths.size() + words.size()) + " answers, all 200" : "self-test: FAILED (see the lines above)");
    out.flush();
    return ok;
  }

  private record Answer(int status, String body) {}

  private static Answer get(HttpClient client, URI base, String path, PrintWriter out) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) out.println("self-test: " + response.statusCode() + " " + path);
      return new Answer(response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while asking " + path, e);
    }
  }
}
