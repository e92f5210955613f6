package siege.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import siege.search.InvalidQueryException;
import siege.search.SearchRequest;
import siege.search.SearchResult;

/** The limits that keep the server up: concurrency cap, time limit, request size, no 500 details. */
class ProtectionTest {

  /** Blocks searches for "block" until released; ignores interrupts when told to. */
  static final class BlockingService extends FakeSearchService {
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch entered;
    final boolean ignoreInterrupts;

    BlockingService(int expected, boolean ignoreInterrupts) {
      this.entered = new CountDownLatch(expected);
      this.ignoreInterrupts = ignoreInterrupts;
    }

    @Override
    public SearchResult search(SearchRequest r) throws InvalidQueryException {
      if (r.query().equals("block")) {
        entered.countDown();
        while (true) {
          try {
            if (release.await(30, TimeUnit.SECONDS)) break;
          } catch (InterruptedException e) {
            if (!ignoreInterrupts) throw new IllegalStateException("interrupted");
          }
        }
      }
      if (r.query().equals("boom")) throw new IllegalStateException("secret internals of the index");
      if (r.query().equals("overflow")) throw new StackOverflowError("secret depth");
      return super.search(r);
    }
  }

  private static CompletableFuture<HttpResponse<String>> async(TestServer t, String path) {
    var req = HttpRequest.newBuilder(t.base.resolve(path)).timeout(Duration.ofSeconds(20)).build();
    return t.client.sendAsync(req, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void searchesBeyondTheCapWaitBrieflyThenGetA503WithRetryAfter() throws Exception {
    BlockingService service = new BlockingService(2, false);
    var config = ServerConfig.defaults().withPort(0).withMaxConcurrentSearches(2).withSearchTimeout(Duration.ofSeconds(20));
    try (TestServer t = new TestServer(service, config)) {
      List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
      running.add(async(t, "/api/search?q=block"));
      running.add(async(t, "/api/search?q=block"));
      assertThat(service.entered.await(10, TimeUnit.SECONDS)).isTrue();

      long start = System.nanoTime();
      var refused = t.get("/api/search?q=car");
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      BadInputTest.assertErrorBody(refused.statusCode(), refused.body(), 503, "busy", "retry");
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(tookMs).isBetween(SearchGate.QUEUE_WAIT.toMillis() - 50, SearchGate.QUEUE_WAIT.toMillis() + 2000);
      assertThat(t.get("/api/suggest?q=ca").statusCode()).isEqualTo(503); // same cap for every service call
      assertThat(t.get("/health").statusCode()).isEqualTo(200); // health is not a search

      service.release.countDown();
      for (var f : running) assertThat(f.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      assertThat(t.get("/api/search?q=car").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aSearchBeyondTheCapIsServedWhenAPermitFreesWithinTheWait() throws Exception {
    BlockingService service = new BlockingService(1, false);
    var config = ServerConfig.defaults().withPort(0).withMaxConcurrentSearches(1).withSearchTimeout(Duration.ofSeconds(20));
    try (TestServer t = new TestServer(service, config)) {
      var first = async(t, "/api/search?q=block");
      assertThat(service.entered.await(10, TimeUnit.SECONDS)).isTrue();
      var queued = async(t, "/api/search?q=car"); // waits for the permit the first one holds
      Thread.sleep(SearchGate.QUEUE_WAIT.toMillis() / 4);
      service.release.countDown();
      assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      assertThat(queued.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aSearchOverTheTimeLimitIsStoppedAnd503() throws Exception {
    BlockingService service = new BlockingService(1, false);
    var config = ServerConfig.defaults().withPort(0).withMaxConcurrentSearches(1).withSearchTimeout(Duration.ofMillis(300));
    try (TestServer t = new TestServer(service, config)) {
      long start = System.nanoTime();
      var r = t.get("/api/search?q=block");
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      BadInputTest.assertErrorBody(r.statusCode(), r.body(), 503, "timeout", "longer than 300 ms");
      assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(tookMs).isBetween(250L, 5000L);
      // the interrupted search gave its permit back
      assertThat(eventually(() -> t.get("/api/search?q=car").statusCode(), 200)).isTrue();
    }
  }

  @Test
  void aSearchIgnoringTheInterruptKeepsItsPermitUntilItEnds() throws Exception {
    BlockingService service = new BlockingService(1, true);
    var config = ServerConfig.defaults().withPort(0).withMaxConcurrentSearches(1).withSearchTimeout(Duration.ofMillis(200));
    try (TestServer t = new TestServer(service, config)) {
      assertThat(t.get("/api/search?q=block").statusCode()).isEqualTo(503);
      var busy = t.get("/api/search?q=car");
      BadInputTest.assertErrorBody(busy.statusCode(), busy.body(), 503, "busy", "retry");
      service.release.countDown();
      assertThat(eventually(() -> t.get("/api/search?q=car").statusCode(), 200)).isTrue();
    }
  }

  @Test
  void unexpectedFailuresAreLoggedAndAnsweredGenerically() throws Exception {
    PrintStream err = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (TestServer t = new TestServer(new BlockingService(1, false))) {
      System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
      var r = t.get("/api/search?q=boom&size=3");
      System.setErr(err);
      BadInputTest.assertErrorBody(r.statusCode(), r.body(), 500, "internal_error", "has been logged");
      assertThat(r.body()).doesNotContain("secret").doesNotContain("IllegalState");
      assertThat(log.toString(StandardCharsets.UTF_8))
          .contains("GET /api/search?q=boom&size=3").contains("secret internals of the index");
      var error = t.get("/api/search?q=overflow");
      BadInputTest.assertErrorBody(error.statusCode(), error.body(), 500, "internal_error", "has been logged");
      assertThat(error.body()).doesNotContain("secret");
      assertThat(t.get("/api/search?q=car").statusCode()).isEqualTo(200);
    } finally {
      System.setErr(err);
    }
  }

  @Test
  void tooLongRequestLinesAndHeadersAre414And431() throws Exception {
    try (TestServer t = new TestServer(new FakeSearchService())) {
      var longUrl = t.get("/api/search?q=" + "a".repeat(9000));
      BadInputTest.assertErrorBody(longUrl.statusCode(), longUrl.body(), 414, "uri_too_long", "too long");
      var bigHeader = t.get("/api/search?q=car", "X-Filler", "b".repeat(9000));
      BadInputTest.assertErrorBody(bigHeader.statusCode(), bigHeader.body(), 431, "headers_too_large", "too large");
      var longPath = t.get("/api/events/" + "c".repeat(9000));
      assertThat(longPath.statusCode()).isEqualTo(414);
      assertThat(t.get("/api/search?q=car").statusCode()).isEqualTo(200); // still serving
    }
  }

  @Test
  void theHeaderLimitIsConfigurable() {
    var config = ServerConfig.defaults().withPort(0).withMaxRequestHeaderBytes(2048);
    try (TestServer t = new TestServer(new FakeSearchService(), config)) {
      assertThat(t.get("/api/search?q=" + "a".repeat(400)).statusCode()).isEqualTo(200);
      assertThat(t.get("/api/search?q=" + "a".repeat(3000)).statusCode()).isEqualTo(414);
    }
  }

  interface IntCall {
    int call() throws Exception;
  }

  static boolean eventually(IntCall call, int expected) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      if (call.call() == expected) return true;
      Thread.sleep(20);
    }
    return false;
  }

}
