package siege.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import siege.search.ApiJson;
import siege.search.InvalidQueryException;
import siege.search.SearchService;

/**
 * Writes the answers of the cacheable endpoints ({@code /api/search}, {@code /api/suggest},
 * {@code /api/facets}): serialized once to JSON bytes (no intermediate String), kept in the
 * {@link ResponseCache} for the index snapshot being served, and sent again as stored bytes.
 *
 * <p>Every such answer carries {@code ETag: "<snapshot version>-<key hash>"} and {@code
 * Cache-Control: no-cache} (clients revalidate; a reindex changes the tag); a request whose
 * {@code If-None-Match} names the current tag gets {@code 304} without a search, cache or not.
 * With the cache on, {@value #CACHE_HEADER} says {@code HIT} or {@code MISS}. Only misses run
 * through the {@link SearchGate} (their {@code compute} does). Errors (400, 503) are not cached:
 * refusing a request costs no search, and a 503 is transient.
 */
final class CachedAnswers {
  static final String CACHE_HEADER = "X-Cache";
  static final String JSON = "application/json";
  /** Stored answers at least this long also keep a gzipped copy (Javalin compresses from 1,500 bytes). */
  static final int GZIP_FROM_BYTES = 1_500;

  /** An answer to compute on a miss (through the gate). */
  @FunctionalInterface
  interface Compute {
    Object answer() throws InvalidQueryException;
  }

  private final SearchService service;
  private final ResponseCache cache;
  private final ObjectWriter writer = ApiJson.mapper().writer();

  /** @param cache null when answers are not cached */
  CachedAnswers(SearchService service, ResponseCache cache) {
    this.service = service;
    this.cache = cache;
  }

  /** The cache, null when off. */
  ResponseCache cache() {
    return cache;
  }

  void answer(Context ctx, CacheKey key, Compute compute) throws InvalidQueryException, IOException {
    String version = service.snapshotVersion();
    if (version == null) { // the service cannot say which snapshot answers: no tags, no cache
      send(ctx, bytes(compute.answer()));
      return;
    }
    ResponseCache.Entry hit = cache == null ? null : cache.get(key);
    String etag = hit != null ? hit.etag() : etag(version, key);
    if (matches(ctx.header("If-None-Match"), etag)) {
      tag(ctx, etag, hit != null ? "HIT" : null);
      ctx.status(304);
      return;
    }
    if (hit != null) {
      tag(ctx, etag, "HIT");
      send(ctx, hit);
      return;
    }
    byte[] body = bytes(compute.answer()); // a refusal throws before any header is set
    if (cache == null) {
      tag(ctx, etag, null);
      send(ctx, body);
      return;
    }
    ResponseCache.Entry entry = new ResponseCache.Entry(version, etag, body,
        body.length >= GZIP_FROM_BYTES ? Gzip.of(body) : null);
    cache.put(key, entry);
    tag(ctx, etag, "MISS");
    send(ctx, entry);
  }

  /**
   * A stored answer written straight to the response with its length (no chunking, no Jetty-side
   * compression): the gzipped copy for a client that accepts gzip, else the JSON bytes.
   */
  private static void send(Context ctx, ResponseCache.Entry entry) throws IOException {
    HttpServletResponse res = ctx.res();
    res.addHeader("Vary", "Accept-Encoding");
    boolean gzip = entry.gzip() != null && Gzip.accepted(ctx.header("Accept-Encoding"));
    byte[] bytes = gzip ? entry.gzip() : entry.body();
    res.setContentType(JSON);
    if (gzip) {
      res.setHeader("Content-Encoding", "gzip");
      res.setHeader("ETag", gzipTag(entry.etag())); // another representation, another strong tag
    }
    res.setContentLength(bytes.length);
    res.getOutputStream().write(bytes);
  }

  private static void tag(Context ctx, String etag, String cacheStatus) {
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "no-cache");
    if (cacheStatus != null) ctx.header(CACHE_HEADER, cacheStatus);
  }

  /** {@code "<version>-<key hash>"}: the version is ASCII without quotes (generation-build time). */
  static String etag(String version, CacheKey key) {
    return "\"" + version.replace('"', '\'') + "-" + Integer.toHexString(key.stableHash()) + "\"";
  }

  /** The tag of the gzipped representation: {@code "<tag>-gzip"}. */
  static String gzipTag(String etag) {
    return etag.substring(0, etag.length() - 1) + "-gzip\"";
  }

  /**
   * Whether an If-None-Match value ("*", or tags separated by commas, weak or not) names {@code
   * etag} or its gzipped representation's tag.
   */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) return false;
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.strip();
      if (t.startsWith("W/")) t = t.substring(2);
      if (t.equals("*") || t.equals(etag) || t.equals(gzipTag(etag))) return true;
    }
    return false;
  }

  private byte[] bytes(Object answer) {
    try {
      return writer.writeValueAsBytes(answer);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the answer could not be written as JSON", e);
    }
  }

  private static void send(Context ctx, byte[] body) {
    ctx.contentType(JSON).result(body);
  }
}
