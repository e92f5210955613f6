package siege.bench;

import java.util.Locale;

/** Parts of a benchmark run. Generation always happens (or is reused) when another phase needs the corpus. */
public enum Phase {
  /** Write (or reuse) the synthetic corpus. */
  GENERATE,
  /** Index the corpus with each pipeline; events/s, MB/s, index size. */
  INDEX,
  /**
   * Run the query mix in process at each thread count; p50, p99, queries/s; then at 1 thread our
   * service with snippets off, facets off and both off (raw Lucene without facets beside the last
   * two), and the cost of facets and of snippets.
   */
  SEARCH,
  /**
   * Each query of the mix alone on one thread: its hits and CPU ms per query in our service (with
   * facets and snippets, and with both off) and in raw Lucene (with facets).
   */
  PERQUERY,
  /** Heap after a full GC and RSS with each searcher open. */
  MEMORY,
  /** Start our server as a process and time it until its first answer: shipped corpus, generated index. */
  STARTUP,
  /** wrk against /api/search and /health of our server on the generated index; the server's RSS and heap. */
  HTTP;

  public static Phase parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown phase '" + s + "': expected generate, index, search, perquery, memory, startup or http");
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
