package siege.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The bounded LRU of answers, valid for one snapshot version. */
class ResponseCacheTest {
  final AtomicReference<String> version = new AtomicReference<>("v1");

  static ResponseCache.Entry entry(String version, int bytes) {
    return new ResponseCache.Entry(version, "\"" + version + "\"", new byte[bytes]);
  }

  @Test
  void keepsAtMostMaxEntriesDroppingTheLeastRecentlyUsed() {
    ResponseCache cache = new ResponseCache(3, 1_000, version::get);
    cache.put("a", entry("v1", 10));
    cache.put("b", entry("v1", 10));
    cache.put("c", entry("v1", 10));
    assertThat(cache.get("a")).isNotNull(); // a is now the most recent
    cache.put("d", entry("v1", 10));
    assertThat(cache.keysByAge()).containsExactly("c", "a", "d");
    assertThat(cache.get("b")).isNull();
    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.bytes()).isEqualTo(30);
  }

  @Test
  void keepsAtMostMaxBytesAndNeverStoresABodyLargerThanTheWholeCache() {
    ResponseCache cache = new ResponseCache(100, 100, version::get);
    cache.put("a", entry("v1", 40));
    cache.put("b", entry("v1", 40));
    cache.put("c", entry("v1", 40)); // 120 bytes: a goes
    assertThat(cache.keysByAge()).containsExactly("b", "c");
    assertThat(cache.bytes()).isEqualTo(80);
    cache.put("huge", entry("v1", 101));
    assertThat(cache.get("huge")).isNull();
    assertThat(cache.keysByAge()).containsExactly("b", "c");
    cache.put("b", entry("v1", 10)); // replacing an entry counts its new size only
    assertThat(cache.bytes()).isEqualTo(50);
  }

  @Test
  void aNewSnapshotVersionMakesEveryOlderEntryUnreachableAndTheFirstNewStoreDropsThem() {
    ResponseCache cache = new ResponseCache(10, 1_000, version::get);
    cache.put("a", entry("v1", 10));
    cache.put("b", entry("v1", 10));
    assertThat(cache.get("a").version()).isEqualTo("v1");
    version.set("v2");
    assertThat(cache.get("a")).isNull();
    assertThat(cache.get("b")).isNull();
    cache.put("a", entry("v2", 7));
    assertThat(cache.keysByAge()).containsExactly("a");
    assertThat(cache.bytes()).isEqualTo(7);
    assertThat(cache.get("a").version()).isEqualTo("v2");
  }

  @Test
  void anAnswerComputedWhileTheVersionChangedIsNotStored() {
    ResponseCache cache = new ResponseCache(10, 1_000, version::get);
    version.set("v2"); // the answer was computed under v1, the service now serves v2
    cache.put("a", entry("v1", 10));
    assertThat(cache.size()).isZero();
    version.set(null); // a service that cannot tell its version: nothing is served from the cache
    cache.put("a", entry("v2", 10));
    assertThat(cache.get("a")).isNull();
  }

  @Test
  void refusesBoundsBelowOne() {
    assertThatThrownBy(() -> new ResponseCache(0, 10, version::get)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ResponseCache(1, 0, version::get)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void underConcurrentUseAnEntryIsAlwaysCompleteAndOfTheSnapshotServedDuringTheLookup() throws Exception {
    java.util.concurrent.atomic.AtomicLong served = new java.util.concurrent.atomic.AtomicLong(1);
    ResponseCache cache = new ResponseCache(20, 1_000_000, () -> Long.toString(served.get()));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
    try {
      pool.submit(() -> {
        while (!stop.get()) {
          served.incrementAndGet();
          java.util.concurrent.locks.LockSupport.parkNanos(50_000);
        }
      });
      List<java.util.concurrent.Future<Integer>> workers = new java.util.ArrayList<>();
      for (int w = 0; w < 3; w++) {
        workers.add(pool.submit(() -> {
          int hits = 0;
          java.util.Random random = new java.util.Random();
          for (int i = 0; i < 50_000; i++) {
            String key = "k" + random.nextInt(40);
            long before = served.get();
            ResponseCache.Entry e = cache.get(key);
            long after = served.get();
            if (e != null) {
              hits++;
              long v = Long.parseLong(e.version());
              assertThat(v).isBetween(before, after);
              assertThat(new String(e.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(key + "@" + v);
            } else {
              String v = Long.toString(served.get());
              cache.put(key, new ResponseCache.Entry(v, "\"" + v + "\"",
                  (key + "@" + v).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
          }
          return hits;
        }));
      }
      for (var f : workers) f.get();
      assertThat(cache.size()).isLessThanOrEqualTo(20);
    } finally {
      stop.set(true);
      pool.shutdownNow();
    }
  }
}
