package siege.http;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The serialized JSON answers of recent requests, for one index snapshot: a least-recently-used
 * map bounded both in entries and in bytes of body. Keys are normalized requests (records with
 * value equality), never raw query strings. Every entry carries the snapshot version it was
 * computed on and is served only while that version is the one being served ({@code current}),
 * so a refresh after reindexing makes every older entry unreachable at once; the first answer
 * stored for the new version drops them.
 *
 * <p>Thread-safe: entries are immutable and complete before they are stored, so a reader never
 * sees a half-built one. Two identical misses at once both compute; the later store wins.
 */
final class ResponseCache {
  /** Default most entries and most body bytes held. */
  static final int DEFAULT_ENTRIES = 2_000;
  static final long DEFAULT_BYTES = 64L * 1024 * 1024;

  /**
   * An answer ready to send.
   *
   * @param version the snapshot version it was computed on
   * @param etag its entity tag, quotes included
   * @param body the JSON bytes
   * @param gzip the body gzipped, for clients that accept it; null for a small body
   */
  record Entry(String version, String etag, byte[] body, byte[] gzip) {
    Entry {
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(etag, "etag");
      Objects.requireNonNull(body, "body");
    }

    Entry(String version, String etag, byte[] body) {
      this(version, etag, body, null);
    }

    /** Bytes held: the body and its gzipped copy. */
    long weight() {
      return body.length + (gzip == null ? 0 : gzip.length);
    }
  }

  private final int maxEntries;
  private final long maxBytes;
  private final Supplier<String> current;
  private final LinkedHashMap<Object, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
  private String heldVersion;
  private long bytes;

  /**
   * @param maxEntries most entries held (at least 1)
   * @param maxBytes most body bytes held; a larger body is not stored
   * @param current the version of the snapshot being served now (null: nothing is cached)
   */
  ResponseCache(int maxEntries, long maxBytes, Supplier<String> current) {
    if (maxEntries < 1) throw new IllegalArgumentException("a response cache holds at least 1 entry");
    if (maxBytes < 1) throw new IllegalArgumentException("a response cache holds at least 1 byte");
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
    this.current = Objects.requireNonNull(current, "current");
  }

  /** The answer stored for {@code key} on the snapshot being served now, or null. */
  Entry get(Object key) {
    String version = current.get();
    if (version == null) return null;
    Entry e;
    synchronized (this) {
      e = entries.get(key);
    }
    return e != null && e.version().equals(version) ? e : null;
  }

  /**
   * Stores {@code entry} when its version is still the one being served (an answer computed while
   * a refresh happened is dropped: it may come from either snapshot). A new version first drops
   * every entry of the previous ones.
   */
  void put(Object key, Entry entry) {
    if (entry.weight() > maxBytes) return;
    synchronized (this) {
      String version = current.get();
      if (!entry.version().equals(version)) return;
      if (!version.equals(heldVersion)) {
        entries.clear();
        bytes = 0;
        heldVersion = version;
      }
      Entry old = entries.put(key, entry);
      if (old != null) bytes -= old.weight();
      bytes += entry.weight();
      Iterator<Entry> eldest = entries.values().iterator();
      while ((entries.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
        bytes -= eldest.next().weight();
        eldest.remove();
      }
    }
  }

  synchronized int size() {
    return entries.size();
  }

  synchronized long bytes() {
    return bytes;
  }

  int maxEntries() {
    return maxEntries;
  }

  long maxBytes() {
    return maxBytes;
  }

  @Override
  public synchronized String toString() {
    return "ResponseCache[" + entries.size() + "/" + maxEntries + " entries, " + bytes + "/" + maxBytes + " bytes]";
  }

  /** For tests: the keys from least to most recently used. */
  synchronized java.util.List<Object> keysByAge() {
    return java.util.List.copyOf(entries.keySet());
  }
}
