package siege.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A server listening while its index is prepared: /health says so at once, searches wait (bounded). */
class PendingSearchServiceTest {

  @Test
  void healthAnswersStartingAtOnceAndASearchWaitsForTheIndex() throws Exception {
    PendingSearchService pending = new PendingSearchService(Duration.ofSeconds(10));
    try (TestServer t = new TestServer(pending)) {
      var health = t.get("/health");
      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(health.body()).contains("\"status\":\"starting\"");
      assertThat(health.headers().firstValue("Retry-After")).hasValue("1");

      var req = HttpRequest.newBuilder(t.base.resolve("/api/search?q=siege")).timeout(Duration.ofSeconds(20)).build();
      var waiting = t.client.sendAsync(req, HttpResponse.BodyHandlers.ofString());
      Thread.sleep(200);
      assertThat(waiting).isNotDone();
      pending.complete(new FakeSearchService());
      var answered = waiting.get(10, TimeUnit.SECONDS);
      assertThat(answered.statusCode()).isEqualTo(200);
      assertThat(answered.body()).contains("siege-of-timbuktu");
      assertThat(t.get("/health").statusCode()).isEqualTo(200);
      assertThat(t.get("/health").body()).contains("\"status\":\"ok\"", "\"documents\":6");
    }
  }

  @Test
  void aSearchWaitingLongerThanTheBoundGetsA503Starting() throws Exception {
    PendingSearchService pending = new PendingSearchService(Duration.ofMillis(100));
    try (TestServer t = new TestServer(pending)) {
      var r = t.get("/api/search?q=siege");
      BadInputTest.assertErrorBody(r.statusCode(), r.body(), 503, "starting", "retry");
      assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
      pending.fail(new java.io.IOException("disk full"));
      var failed = t.get("/api/suggest?q=sie");
      assertThat(failed.statusCode()).isEqualTo(503);
      assertThat(failed.body()).contains("unavailable");
    }
  }
}
