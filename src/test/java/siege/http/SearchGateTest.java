package siege.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The gate at exactly its cap: as many clients as permits, each sending its next call at once. */
class SearchGateTest {

  @Test
  void clientsAtExactlyTheCapAreNeverRefusedEvenWithoutAQueueWait() throws Exception {
    int cap = 4;
    int callsEach = 3_000;
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger mostInFlight = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(cap);
    try (SearchGate gate = new SearchGate(cap, Duration.ofSeconds(10), Duration.ZERO)) {
      List<Future<Integer>> refusals = new ArrayList<>();
      for (int c = 0; c < cap; c++) {
        refusals.add(clients.submit(() -> {
          int refused = 0;
          for (int i = 0; i < callsEach; i++) {
            try {
              gate.run(() -> {
                mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                inFlight.decrementAndGet();
                return null;
              });
            } catch (ApiException e) {
              refused++;
            }
          }
          return refused;
        }));
      }
      int refused = 0;
      for (Future<Integer> f : refusals) refused += f.get();
      assertThat(refused).as("calls refused 503 busy").isZero();
      assertThat(mostInFlight.get()).isLessThanOrEqualTo(cap);
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void oneCallBeyondTheCapIsRefusedWhenItCannotWait() throws Exception {
    try (SearchGate gate = new SearchGate(1, Duration.ofSeconds(10), Duration.ZERO)) {
      var entered = new java.util.concurrent.CountDownLatch(1);
      var release = new java.util.concurrent.CountDownLatch(1);
      ExecutorService one = Executors.newSingleThreadExecutor();
      try {
        Future<Object> holding = one.submit(() -> gate.run(() -> {
          entered.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return "done";
        }));
        entered.await();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> gate.run(() -> "second"))
            .isInstanceOf(ApiException.class)
            .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo("busy"));
        release.countDown();
        assertThat(holding.get()).isEqualTo("done");
        assertThat(gate.<Object>run(() -> "third")).isEqualTo("third");
      } finally {
        one.shutdownNow();
      }
    }
  }
}
