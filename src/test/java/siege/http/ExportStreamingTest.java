package siege.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import siege.model.EventDate;
import siege.model.EventRecord;
import siege.search.SearchRequest;

/** A large export is streamed as the service produces it, never measured or held first. */
class ExportStreamingTest {
  static final int EVENTS = 3_000;

  /**
   * A service with many events. Before producing the last one it waits for the client to have
   * read the first row, which only a streaming server lets happen.
   */
  static final class ManyEvents extends FakeSearchService {
    final AtomicInteger produced = new AtomicInteger();
    final CountDownLatch firstRowRead = new CountDownLatch(1);
    volatile boolean firstRowReadBeforeTheLastWasProduced;

    @Override
    public void forEachEvent(SearchRequest request, Consumer<EventRecord> sink) {
      for (int i = 1; i <= EVENTS; i++) {
        if (i == EVENTS) {
          try {
            firstRowReadBeforeTheLastWasProduced = firstRowRead.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        produced.incrementAndGet();
        sink.accept(new EventRecord("many#e" + i, "many", "Many", "many.txt", "", 0,
            EventDate.day(java.time.LocalDate.of(2023, 9, 1 + i % 28)), List.of("Mali"), "Battles", "Armed clash",
            List.of(), i % 7, null, "Place " + i, "Event number " + i + ", with a comma and \"quotes\".", null, Map.of()));
      }
    }
  }

  @Test
  void theFirstRowsArriveBeforeTheServiceHasProducedTheLast() throws Exception {
    ManyEvents service = new ManyEvents();
    try (TestServer t = new TestServer(service)) {
      HttpResponse<java.io.InputStream> r = t.client.send(
          HttpRequest.newBuilder(t.base.resolve("/api/export?format=csv")).build(), HttpResponse.BodyHandlers.ofInputStream());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Length")).isEmpty();
      try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
        assertThat(in.readLine()).startsWith("event_id_cnty,event_date,");
        assertThat(in.readLine()).startsWith("many#e1,");
        service.firstRowRead.countDown();
        assertThat(in.lines().count()).isEqualTo(EVENTS - 1);
      }
      assertThat(service.produced.get()).isEqualTo(EVENTS);
      assertThat(service.firstRowReadBeforeTheLastWasProduced).isTrue();
    }
  }
}
