package siege.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import siege.search.InvalidQueryException;
import siege.search.SearchRequest;
import siege.search.SearchResult;

/** The result cache seen through HTTP: hit/miss, ETag and 304, invalidation, bounds, off, errors, gate. */
class ResultCacheApiTest {

  /** The fake service with a snapshot version (echoed in didYouMean so answers differ), counting its calls. */
  static final class VersionedService extends FakeSearchService {
    final AtomicReference<String> version = new AtomicReference<>("gen1");
    final AtomicInteger searches = new AtomicInteger();
    final AtomicInteger suggests = new AtomicInteger();
    final AtomicInteger facetCalls = new AtomicInteger();
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch entered = new CountDownLatch(1);

    @Override
    public SearchResult search(SearchRequest r) throws InvalidQueryException {
      searches.incrementAndGet();
      if (r.query().equals("block")) {
        entered.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      SearchResult s = super.search(r);
      return new SearchResult(s.query(), s.total(), s.page(), s.size(), s.tookMs(), s.hits(), s.facets(), version.get());
    }

    @Override
    public List<String> suggest(String prefix, int count) throws InvalidQueryException {
      suggests.incrementAndGet();
      return super.suggest(prefix, count);
    }

    @Override
    public java.util.Map<String, List<siege.search.FacetValue>> facets() {
      facetCalls.incrementAndGet();
      return super.facets();
    }

    @Override
    public String snapshotVersion() {
      return version.get();
    }
  }

  static String header(HttpResponse<?> r, String name) {
    return r.headers().firstValue(name).orElse(null);
  }

  @Test
  void aRepeatedSearchIsAHitWithTheSameBodyAndTagEvenWithParametersInAnotherOrder() {
    VersionedService service = new VersionedService();
    try (TestServer t = new TestServer(service)) {
      var first = t.get("/api/search?q=siege&kind=event&kind=paragraph&month=2023-08&month=2014-10");
      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(header(first, "X-Cache")).isEqualTo("MISS");
      assertThat(header(first, "Content-Type")).startsWith("application/json");
      assertThat(header(first, "ETag")).startsWith("\"gen1-").endsWith("\"");
      assertThat(header(first, "Cache-Control")).isEqualTo("no-cache");

      var second = t.get("/api/search?month=2014-10&size=10&month=2023-08&page=1&q=siege");
      assertThat(header(second, "X-Cache")).isEqualTo("HIT");
      assertThat(second.body()).isEqualTo(first.body());
      assertThat(header(second, "ETag")).isEqualTo(header(first, "ETag"));
      assertThat(header(second, "Content-Type")).isEqualTo(header(first, "Content-Type"));
      assertThat(second.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff"); // headers still added
      assertThat(service.searches.get()).isEqualTo(1);

      assertThat(header(t.get("/api/search?q=siege&page=2"), "X-Cache")).isEqualTo("MISS"); // another page
      assertThat(service.searches.get()).isEqualTo(2);
      assertThat(t.server.resultCache().size()).isEqualTo(2);
    }
  }

  @Test
  void ifNoneMatchWithTheCurrentTagGets304WithoutASearchAndAStaleTagGetsTheAnswer() {
    VersionedService service = new VersionedService();
    try (TestServer t = new TestServer(service)) {
      var first = t.get("/api/search?q=siege");
      String etag = header(first, "ETag");
      var revalidated = t.get("/api/search?q=siege", "If-None-Match", etag);
      assertThat(revalidated.statusCode()).isEqualTo(304);
      assertThat(revalidated.body()).isEmpty();
      assertThat(header(revalidated, "ETag")).isEqualTo(etag);
      assertThat(t.get("/api/search?q=siege", "If-None-Match", "\"other\", W/" + etag).statusCode()).isEqualTo(304);
      assertThat(t.get("/api/search?q=siege", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
      // a tag of another request does not match
      assertThat(t.get("/api/search?q=kobani", "If-None-Match", etag).statusCode()).isEqualTo(200);
      assertThat(service.searches.get()).isEqualTo(2);

      service.version.set("gen2"); // a refresh published a new snapshot
      var after = t.get("/api/search?q=siege", "If-None-Match", etag);
      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(header(after, "X-Cache")).isEqualTo("MISS");
      assertThat(header(after, "ETag")).startsWith("\"gen2-").isNotEqualTo(etag);
      assertThat(after.body()).contains("\"gen2\"").doesNotContain("\"gen1\"");
    }
  }

  @Test
  void aNewSnapshotVersionMakesEveryCachedAnswerUnreachable() {
    VersionedService service = new VersionedService();
    try (TestServer t = new TestServer(service)) {
      t.get("/api/search?q=siege");
      t.get("/api/suggest?q=sie");
      t.get("/api/facets");
      assertThat(header(t.get("/api/facets"), "X-Cache")).isEqualTo("HIT");
      assertThat(header(t.get("/api/suggest?q=sie&size=8"), "X-Cache")).isEqualTo("HIT");
      assertThat(service.suggests.get()).isEqualTo(1);
      assertThat(service.facetCalls.get()).isEqualTo(1);

      service.version.set("gen2");
      for (String path : List.of("/api/search?q=siege", "/api/suggest?q=sie", "/api/facets")) {
        assertThat(header(t.get(path), "X-Cache")).as(path).isEqualTo("MISS");
        assertThat(header(t.get(path), "X-Cache")).as(path).isEqualTo("HIT");
      }
      assertThat(t.get("/api/search?q=siege").body()).contains("\"gen2\"");
      assertThat(t.server.resultCache().size()).isEqualTo(3); // the gen1 entries were dropped
    }
  }

  @Test
  void theCacheHoldsAtMostTheConfiguredNumberOfAnswers() {
    VersionedService service = new VersionedService();
    try (TestServer t = new TestServer(service, ServerConfig.defaults().withPort(0).withResultCache(2))) {
      t.get("/api/search?q=siege");
      t.get("/api/search?q=kobani");
      t.get("/api/search?q=timbuktu"); // siege is the least recently used: dropped
      assertThat(t.server.resultCache().size()).isEqualTo(2);
      assertThat(header(t.get("/api/search?q=timbuktu"), "X-Cache")).isEqualTo("HIT");
      assertThat(header(t.get("/api/search?q=siege"), "X-Cache")).isEqualTo("MISS");
      assertThat(service.searches.get()).isEqualTo(4);
    }
  }

  @Test
  void withTheCacheOffEveryRequestSearchesButTagsStillWork() {
    VersionedService service = new VersionedService();
    try (TestServer t = new TestServer(service, ServerConfig.defaults().withPort(0).withResultCache(0))) {
      var first = t.get("/api/search?q=siege");
      var second = t.get("/api/search?q=siege");
      assertThat(second.body()).isEqualTo(first.body());
      assertThat(header(first, "X-Cache")).isNull();
      assertThat(header(second, "X-Cache")).isNull();
      assertThat(service.searches.get()).isEqualTo(2);
      assertThat(t.server.resultCache()).isNull();
      assertThat(t.get("/api/search?q=siege", "If-None-Match", header(first, "ETag")).statusCode()).isEqualTo(304);
      assertThat(service.searches.get()).isEqualTo(2);
    }
  }

  @Test
  void refusalsAreNotCachedAndCarryNoTag() throws Exception {
    VersionedService service = new VersionedService();
    try (TestServer t = new TestServer(service)) {
      for (int i = 0; i < 2; i++) {
        var bad = t.get("/api/search?q=%22siege"); // unclosed quote: refused by the service
        BadInputTest.assertErrorBody(bad.statusCode(), bad.body(), 400, "bad_query", "quote");
        assertThat(header(bad, "X-Cache")).isNull();
        assertThat(header(bad, "ETag")).isNull();
        var unknown = t.get("/api/search?q=siege&colour=red"); // refused before any lookup
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(header(unknown, "X-Cache")).isNull();
      }
      assertThat(service.searches.get()).isEqualTo(2);
      assertThat(t.server.resultCache().size()).isZero();
    }
  }

  @Test
  void cachedAnswersAreServedWhileEverySearchPermitIsTaken() throws Exception {
    VersionedService service = new VersionedService();
    var config = ServerConfig.defaults().withPort(0).withMaxConcurrentSearches(1).withSearchTimeout(Duration.ofSeconds(20));
    try (TestServer t = new TestServer(service, config)) {
      assertThat(header(t.get("/api/search?q=siege"), "X-Cache")).isEqualTo("MISS");
      var req = HttpRequest.newBuilder(t.base.resolve("/api/search?q=block")).timeout(Duration.ofSeconds(30)).build();
      CompletableFuture<HttpResponse<String>> blocking = t.client.sendAsync(req, HttpResponse.BodyHandlers.ofString());
      assertThat(service.entered.await(10, TimeUnit.SECONDS)).isTrue();

      var hit = t.get("/api/search?q=siege");
      assertThat(hit.statusCode()).isEqualTo(200);
      assertThat(header(hit, "X-Cache")).isEqualTo("HIT");
      assertThat(t.get("/api/search?q=kobani").statusCode()).isEqualTo(503); // a miss needs the permit

      service.release.countDown();
      assertThat(blocking.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void storedAnswersGoGzippedToClientsThatAcceptIt() throws Exception {
    VersionedService service = new VersionedService();
    try (TestServer t = new TestServer(service)) {
      var plain = t.get("/api/search?q=");
      assertThat(plain.body().length()).isGreaterThan(CachedAnswers.GZIP_FROM_BYTES);
      assertThat(header(plain, "Content-Length")).isEqualTo(String.valueOf(plain.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
      assertThat(header(plain, "Vary")).contains("Accept-Encoding");
      for (String accept : List.of("gzip", "deflate, gzip;q=0.8", "*")) {
        var req = HttpRequest.newBuilder(t.base.resolve("/api/search?q=")).header("Accept-Encoding", accept).build();
        HttpResponse<byte[]> zipped = t.client.send(req, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(header(zipped, "Content-Encoding")).as(accept).isEqualTo("gzip");
        assertThat(header(zipped, "X-Cache")).isEqualTo("HIT");
        assertThat(header(zipped, "ETag")).isEqualTo(CachedAnswers.gzipTag(header(plain, "ETag")));
        var revalidated = HttpRequest.newBuilder(t.base.resolve("/api/search?q=")).header("Accept-Encoding", accept)
            .header("If-None-Match", header(zipped, "ETag")).build();
        assertThat(t.client.send(revalidated, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(304);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
          assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain.body());
        }
      }
      var refused = t.get("/api/search?q=", "Accept-Encoding", "gzip;q=0, br");
      assertThat(header(refused, "Content-Encoding")).isNull();
      assertThat(refused.body()).isEqualTo(plain.body());
    }
  }

  @Test
  void acceptEncodingIsReadAsHttpSaysIncludingZeroQuality() {
    assertThat(Gzip.accepted("gzip, deflate, br")).isTrue();
    assertThat(Gzip.accepted("GZIP;q=0.5")).isTrue();
    assertThat(Gzip.accepted("*;q=1")).isTrue();
    assertThat(Gzip.accepted("gzip;q=0")).isFalse();
    assertThat(Gzip.accepted("gzip; q=0.000")).isFalse();
    assertThat(Gzip.accepted("br, deflate")).isFalse();
    assertThat(Gzip.accepted("identity")).isFalse();
    assertThat(Gzip.accepted(null)).isFalse();
  }
}
