package siege.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --exit-after-self-test}: the build's training run and smoke test of the jar. */
class SelfTestTest {

  @Test
  void serveExitsZeroAfterEveryAnswerOfTheShippedCorpusWasOk(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(Path.of("corpus/siege-of-timbuktu.txt"), corpus.resolve("siege-of-timbuktu.txt"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"serve", "--exit-after-self-test", "--port", "0", "--corpus", corpus.toString(),
        "--index", dir.resolve("index").toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(printed).isZero();
    assertThat(printed).containsPattern("self-test: \\d+ answers, all 200");
    // it searched, found a report and asked for it
    assertThat(Files.isDirectory(dir.resolve("index"))).isTrue();
  }

  @Test
  void anAnswerOtherThan200FailsTheSelfTestAndIsNamed() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      boolean ok = !exchange.getRequestURI().getPath().equals("/embed");
      byte[] body = (exchange.getRequestURI().getPath().startsWith("/api/search") ? "{\"hits\":[]}" : "x")
          .getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(ok ? 200 : 404, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      StringWriter text = new StringWriter();
      boolean ok = SelfTest.run(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), new PrintWriter(text));
      assertThat(ok).isFalse();
      assertThat(text.toString()).contains("self-test: 404 /embed").contains("FAILED");
    } finally {
      server.stop(0);
    }
  }
}
