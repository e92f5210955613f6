package siege.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import siege.search.ApiJson;

/** {@code serve} in process on port 0: builds a missing index, rebuilds a stale one, serves, stops. */
class ServeCommandTest {
  final StringWriter printed = new StringWriter();

  ServeCommand.Running serve(String... args) throws Exception {
    ServeCommand command = new ServeCommand();
    new CommandLine(command).parseArgs(args);
    return command.start(new PrintWriter(printed, true));
  }

  static JsonNode health(URI url) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(url.resolve("/health")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return ApiJson.mapper().readTree(r.body());
  }

  @Test
  void buildsAMissingIndexServesHealthThenUpdatesItWhenTheCorpusChanges(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(Path.of("corpus/siege-of-timbuktu.txt"), corpus.resolve("siege-of-timbuktu.txt"));
    Path index = dir.resolve("index");
    String[] args = {"--corpus", corpus.toString(), "--index", index.toString(), "--port", "0"};

    long first;
    URI url;
    try (ServeCommand.Running running = serve(args)) {
      url = running.url();
      assertThat(url.getHost()).isEqualTo("127.0.0.1");
      assertThat(url.getPort()).isPositive();
      assertThat(printed.toString()).contains("no index yet: built it").contains("indexed 1 reports");
      JsonNode health = health(url);
      assertThat(health.get("status").asText()).isEqualTo("ok");
      first = health.get("documents").asLong();
      assertThat(first).isEqualTo(running.documents()).isPositive();
    }
    assertThatThrownBy(() -> health(url)).isInstanceOf(java.io.IOException.class); // stopped: the port is closed

    printed.getBuffer().setLength(0);
    try (ServeCommand.Running running = serve(args)) { // up to date: served as it is
      assertThat(printed.toString()).contains("the index is up to date").doesNotContain("built");
      assertThat(health(running.url()).get("documents").asLong()).isEqualTo(first);
    }

    Path added = Files.writeString(corpus.resolve("siege-of-testville.txt"), "= Siege of Testville =\n\nA quiet town.\n");
    Files.setLastModifiedTime(added, FileTime.from(Instant.now().plusSeconds(5)));
    printed.getBuffer().setLength(0);
    try (ServeCommand.Running running = serve(args)) {
      assertThat(printed.toString()).contains("updated the index: 1 files indexed, 0 removed, 1 unchanged");
      assertThat(health(running.url()).get("documents").asLong()).isGreaterThan(first);
    }
  }

  @Test
  void everyStartupSettingIsOneLogLine(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(Path.of("corpus/siege-of-djibo.txt"), corpus.resolve("siege-of-djibo.txt"));
    try (ServeCommand.Running running = serve("--corpus", corpus.toString(), "--index", dir.resolve("index").toString(),
        "--port", "0", "--cors-origins", "https://a.example.org")) {
      var settings = running.settings();
      assertThat(settings).containsOnlyKeys("url", "index", "corpus", "host", "port", "cors origins",
          "concurrent searches", "search time limit", "longest query", "request line and headers", "result cache",
          "watching corpus", "request logging");
      assertThat(settings.get("port")).startsWith(String.valueOf(running.url().getPort()));
      assertThat(settings.get("cors origins")).isEqualTo("https://a.example.org");
      assertThat(settings.get("request logging")).isEqualTo("off");
      assertThat(settings.get("result cache")).isEqualTo("at most 2000 answers, 64 MB");
      assertThat(settings.get("index")).contains(running.documents() + " documents");
      assertThat(settings.values()).allMatch(v -> !v.isBlank() && !v.contains("\n"));
    }
  }

  @Test
  void resultCacheZeroServesWithoutTheCache(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(Path.of("corpus/siege-of-djibo.txt"), corpus.resolve("siege-of-djibo.txt"));
    try (ServeCommand.Running running = serve("--corpus", corpus.toString(), "--index", dir.resolve("index").toString(),
        "--port", "0", "--result-cache", "0")) {
      assertThat(running.settings().get("result cache")).isEqualTo("off");
      for (int i = 0; i < 2; i++) {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(running.url().resolve("/api/search?q=djibo")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Cache")).isEmpty();
        assertThat(r.headers().firstValue("ETag")).isPresent();
      }
    }
  }

  @Test
  void badSettingsAndATakenPortAreClearErrors(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(Path.of("corpus/siege-of-djibo.txt"), corpus.resolve("siege-of-djibo.txt"));
    String index = dir.resolve("index").toString();
    assertThatThrownBy(() -> serve("--corpus", corpus.toString(), "--index", index, "--port", "0", "--cors-origins", "ftp://x"))
        .isInstanceOfSatisfying(CliException.class, e -> {
          assertThat(e.exitCode()).isEqualTo(Main.USAGE);
          assertThat(e.getMessage()).contains("ftp://x");
        });
    assertThatThrownBy(() -> serve("--corpus", corpus.toString(), "--index", index, "--port", "0", "--result-cache", "-1"))
        .isInstanceOfSatisfying(CliException.class, e -> {
          assertThat(e.exitCode()).isEqualTo(Main.USAGE);
          assertThat(e.getMessage()).contains("result cache").contains("-1");
        });
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(() -> serve("--corpus", corpus.toString(), "--index", index, "--port", String.valueOf(taken.getLocalPort())))
          .isInstanceOfSatisfying(CliException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(Main.PARTIAL);
            assertThat(e.getMessage()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
          });
    }
  }
}
