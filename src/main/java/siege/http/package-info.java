/**
 * The HTTP face of Siege Search: a Javalin 7 (Jetty 12) server over the {@link
 * siege.search.SearchService} interface. It never touches Lucene itself.
 *
 * <p>How a request flows:
 *
 * <ol>
 *   <li>Jetty refuses what it cannot read (a request line or headers over {@link
 *       siege.http.ServerConfig#maxRequestHeaderBytes()}: 414/431; {@code ..} segments, bad escapes
 *       in the path: 400), answered in the API's error shape by {@code JsonErrorHandler}.
 *   <li>A before-handler adds the security headers ({@code SecurityHeaders}) and the CORS headers
 *       ({@code CorsPolicy}).
 *   <li>A thin handler ({@code ApiHandlers}) parses the query string strictly ({@code RawQuery}:
 *       UTF-8, well-formed escapes, no control characters), refuses parameter names the endpoint
 *       does not know ({@code QueryParams}), leaves the values to {@link
 *       siege.search.SearchParameters} and {@link siege.search.NamedParameters} (the same checks,
 *       codes and messages as the CLI's) and calls the service through the {@code SearchGate}: a
 *       semaphore caps concurrent calls (503 busy with Retry-After beyond it) and each call runs
 *       on a worker under a time limit (503 timeout, the worker is interrupted).
 *   <li>{@code /api/search}, {@code /api/suggest} and {@code /api/facets} answer through {@code
 *       CachedAnswers}: the parsed request, normalized ({@code CacheKey}), is looked up in the
 *       {@code ResponseCache} (a bounded LRU of serialized JSON, valid for the index snapshot being
 *       served, {@link siege.search.SearchService#snapshotVersion()}); a hit is written as stored
 *       bytes (or their stored gzip copy) without a search or the gate, a miss searches through the
 *       gate and is stored. Every such answer has an ETag (snapshot version + key hash), so
 *       {@code If-None-Match} gets 304 without a search.
 *   <li>{@code /api/export} streams {@link siege.search.SearchService#forEachEvent} through an
 *       {@link siege.eventfile.EventWriter} straight into the response ({@code ExportStream}),
 *       under the cap but not the time limit; headers go out with the first record, so a refused
 *       query still gets a JSON error. The file name comes from {@code ExportFileName}.
 *   <li>Every failure travels as an exception to {@code ErrorMapping}, the one place that turns
 *       failures into {@code {"error", "message"}} answers: {@code ApiException} (our 400/404/503),
 *       {@link siege.search.InvalidQueryException} (400 with the service's code), Javalin's 404/405,
 *       and anything else (logged with the request line, 500 with a generic message).
 * </ol>
 *
 * <p>A server may start before its index is ready ({@code PendingSearchService}): {@code /health}
 * then answers 503 starting at once and service calls wait for the index, bounded.
 *
 * <p>Front-end files are served from the classpath folder {@code /public}: {@code /} is
 * index.html, {@code /reports/{id}} is report.html, {@code /embed} is embed.html, any other file
 * by its name. The public contract is {@code docs/api.md} and {@code /openapi.json}.
 */
package siege.http;
