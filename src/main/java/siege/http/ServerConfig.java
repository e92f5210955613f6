package siege.http;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Immutable settings of the HTTP server. Start from {@link #defaults()} and change what you need
 * with the {@code with*} methods.
 *
 * @param host interface to bind, e.g. "127.0.0.1" (loopback only) or "0.0.0.0"
 * @param port TCP port; 0 picks a free port (see {@link SearchServer#start()})
 * @param corsOrigins origins allowed to call the API from a browser; {@code ["*"]} allows any
 * @param maxConcurrentSearches searches running at once; beyond that requests get a quick 503
 * @param searchTimeout time limit of one search (or suggest, report, facets) call
 * @param maxQueryLength longest accepted {@code q}, in characters
 * @param maxRequestHeaderBytes limit of the request line plus headers (Jetty answers 414/431 beyond)
 * @param resultCacheEntries answers of /api/search, /api/suggest and /api/facets kept for the index
 *     snapshot being served (least recently used dropped first); 0 turns the cache off
 * @param resultCacheBytes most bytes of JSON the result cache holds
 */
public record ServerConfig(
    String host,
    int port,
    List<String> corsOrigins,
    int maxConcurrentSearches,
    Duration searchTimeout,
    int maxQueryLength,
    int maxRequestHeaderBytes,
    int resultCacheEntries,
    long resultCacheBytes) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  public static final List<String> DEFAULT_CORS_ORIGINS = List.of("*");
  public static final int DEFAULT_MAX_CONCURRENT_SEARCHES = 16;
  public static final Duration DEFAULT_SEARCH_TIMEOUT = Duration.ofSeconds(5);
  public static final int DEFAULT_MAX_QUERY_LENGTH = 500;
  public static final int DEFAULT_MAX_REQUEST_HEADER_BYTES = 8 * 1024;
  public static final int DEFAULT_RESULT_CACHE_ENTRIES = ResponseCache.DEFAULT_ENTRIES;
  public static final long DEFAULT_RESULT_CACHE_BYTES = ResponseCache.DEFAULT_BYTES;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) throw new IllegalArgumentException("host must not be blank");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535 (0 = any free port), got " + port);
    }
    corsOrigins = List.copyOf(Objects.requireNonNull(corsOrigins, "corsOrigins"));
    for (String o : corsOrigins) {
      if (!o.equals("*") && !o.matches("https?://[^/\\s]+")) {
        throw new IllegalArgumentException(
            "CORS origin '" + o + "' must be * or scheme://host[:port], e.g. https://example.org");
      }
    }
    if (maxConcurrentSearches < 1) {
      throw new IllegalArgumentException("maxConcurrentSearches must be at least 1");
    }
    Objects.requireNonNull(searchTimeout, "searchTimeout");
    if (searchTimeout.isNegative() || searchTimeout.isZero()) {
      throw new IllegalArgumentException("searchTimeout must be positive");
    }
    if (maxQueryLength < 1) throw new IllegalArgumentException("maxQueryLength must be at least 1");
    if (maxRequestHeaderBytes < 1024) {
      throw new IllegalArgumentException("maxRequestHeaderBytes must be at least 1024");
    }
    if (resultCacheEntries < 0) {
      throw new IllegalArgumentException("the result cache size must be 0 (off) or more, got " + resultCacheEntries);
    }
    if (resultCacheBytes < 1) throw new IllegalArgumentException("resultCacheBytes must be at least 1");
  }

  /**
   * 127.0.0.1:7070, any origin, 16 concurrent searches, 5 s per search, q up to 500 chars, 8 KB
   * headers, a result cache of 2,000 answers / 64 MB.
   */
  public static ServerConfig defaults() {
    return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_CORS_ORIGINS,
        DEFAULT_MAX_CONCURRENT_SEARCHES, DEFAULT_SEARCH_TIMEOUT, DEFAULT_MAX_QUERY_LENGTH,
        DEFAULT_MAX_REQUEST_HEADER_BYTES, DEFAULT_RESULT_CACHE_ENTRIES, DEFAULT_RESULT_CACHE_BYTES);
  }

  /**
   * Parses the CLI's {@code --cors-origins} value: a comma-separated list ("*" or origins such as
   * "https://a.org,http://localhost:8080"); blanks around commas are ignored, a trailing slash is
   * dropped.
   *
   * @throws IllegalArgumentException naming the bad entry
   */
  public static List<String> parseCorsOrigins(String list) {
    if (list == null || list.isBlank()) {
      throw new IllegalArgumentException("--cors-origins must be * or a comma-separated list of origins");
    }
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s)
        .toList();
  }

  public boolean allowsAnyOrigin() {
    return corsOrigins.contains("*");
  }

  public ServerConfig withHost(String h) {
    return new ServerConfig(h, port, corsOrigins, maxConcurrentSearches, searchTimeout, maxQueryLength, maxRequestHeaderBytes, resultCacheEntries, resultCacheBytes);
  }

  public ServerConfig withPort(int p) {
    return new ServerConfig(host, p, corsOrigins, maxConcurrentSearches, searchTimeout, maxQueryLength, maxRequestHeaderBytes, resultCacheEntries, resultCacheBytes);
  }

  public ServerConfig withCorsOrigins(List<String> origins) {
    return new ServerConfig(host, port, origins, maxConcurrentSearches, searchTimeout, maxQueryLength, maxRequestHeaderBytes, resultCacheEntries, resultCacheBytes);
  }

  public ServerConfig withMaxConcurrentSearches(int n) {
    return new ServerConfig(host, port, corsOrigins, n, searchTimeout, maxQueryLength, maxRequestHeaderBytes, resultCacheEntries, resultCacheBytes);
  }

  public ServerConfig withSearchTimeout(Duration t) {
    return new ServerConfig(host, port, corsOrigins, maxConcurrentSearches, t, maxQueryLength, maxRequestHeaderBytes, resultCacheEntries, resultCacheBytes);
  }

  public ServerConfig withMaxQueryLength(int n) {
    return new ServerConfig(host, port, corsOrigins, maxConcurrentSearches, searchTimeout, n, maxRequestHeaderBytes, resultCacheEntries, resultCacheBytes);
  }

  public ServerConfig withMaxRequestHeaderBytes(int n) {
    return new ServerConfig(host, port, corsOrigins, maxConcurrentSearches, searchTimeout, maxQueryLength, n, resultCacheEntries, resultCacheBytes);
  }

  /** A result cache of {@code n} answers; 0 turns it off. */
  public ServerConfig withResultCache(int n) {
    return new ServerConfig(host, port, corsOrigins, maxConcurrentSearches, searchTimeout, maxQueryLength,
        maxRequestHeaderBytes, n, resultCacheBytes);
  }

  public ServerConfig withResultCacheBytes(long n) {
    return new ServerConfig(host, port, corsOrigins, maxConcurrentSearches, searchTimeout, maxQueryLength,
        maxRequestHeaderBytes, resultCacheEntries, n);
  }

  public boolean resultCacheEnabled() {
    return resultCacheEntries > 0;
  }
}
