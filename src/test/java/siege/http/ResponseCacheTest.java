package siege.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
