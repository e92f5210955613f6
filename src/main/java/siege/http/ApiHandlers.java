package siege.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siege.eventfile.EventFiles;
import siege.eventfile.EventWriter;
import siege.model.Kind;
import siege.search.InvalidQueryException;
import siege.search.NamedParameters;
import siege.search.SearchParameters;
import siege.search.SearchRequest;
import siege.search.SearchService;

/**
 * The JSON endpoints. Each handler checks its parameters, calls the service through the
 * {@link SearchGate} and writes the answer; failures travel as exceptions to {@link ErrorMapping}.
 * Search, suggest and facets answers go through {@link CachedAnswers} (result cache, ETag).
 */
final class ApiHandlers {
  private static final Logger LOG = LoggerFactory.getLogger(ApiHandlers.class);
  /** Parameter names of {@code /api/search}. */
  static final Set<String> SEARCH_PARAMETERS = Set.copyOf(SearchParameters.NAMES);
  /** Parameter names of {@code /api/export}: those of the search but paging, and the format. */
  static final Set<String> EXPORT_PARAMETERS = exportParameters();
  static final Set<String> SUGGEST_PARAMETERS = Set.of("q", "size");
  static final int DEFAULT_SUGGESTIONS = 8;
  static final int MAX_SUGGESTIONS = 20;
  /** Longest id looked up; longer ones cannot exist and answer 404 without a lookup. */
  static final int MAX_ID_LENGTH = 300;

  /** Answer of {@code /api/suggest}. */
  record Suggestions(String query, List<String> suggestions) {}

  /** Answer of {@code /health}. */
  record Health(String status, long documents, String indexVersion) {}

  private final SearchService service;
  private final SearchGate gate;
  private final CachedAnswers answers;
  private final int maxQueryLength;

  ApiHandlers(SearchService service, SearchGate gate, CachedAnswers answers, int maxQueryLength) {
    this.service = service;
    this.gate = gate;
    this.answers = answers;
    this.maxQueryLength = maxQueryLength;
  }

  private static Set<String> exportParameters() {
    Set<String> names = new HashSet<>(SearchParameters.NAMES);
    names.removeAll(Set.of("page", "size", "facets", "snippets"));
    names.add("format");
    return Set.copyOf(names);
  }

  void search(Context ctx) throws InvalidQueryException, java.io.IOException {
    var raw = RawQuery.parse(ctx.queryString());
    QueryParams.checkNames(raw, SEARCH_PARAMETERS);
    CacheKey.Search key = CacheKey.Search.of(SearchParameters.parse(raw, SearchRequest.MAX_SIZE, maxQueryLength));
    answers.answer(ctx, key, () -> gate.run(() -> service.search(key.request())));
  }

  /**
   * Every event the search finds, streamed as CSV (ACLED layout) or JSON Lines. Takes the search's
   * filters but not {@code page} / {@code size}; counts against the concurrency cap but has no
   * time limit (its length depends on the client).
   */
  void export(Context ctx) throws InvalidQueryException {
    Map<String, List<String>> raw = new LinkedHashMap<>(RawQuery.parse(ctx.queryString()));
    NamedParameters p = QueryParams.checkNames(raw, EXPORT_PARAMETERS, Map.of(
        "page", "an export has every hit: page and size do not apply",
        "size", "an export has every hit: page and size do not apply"));
    String format = p.single("format");
    if (format == null) {
      throw ApiException.badRequest("bad_format",
          "parameter 'format' is missing: expected one of " + String.join(", ", EventFiles.FORMATS));
    }
    EventWriter writer;
    try {
      writer = EventFiles.writer(format);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("bad_format", "format '" + NamedParameters.clip(format)
          + "' is unknown: expected one of " + String.join(", ", EventFiles.FORMATS));
    }
    raw.remove("format");
    SearchRequest request = SearchParameters.parse(raw, SearchRequest.MAX_SIZE, maxQueryLength);
    if (!request.kinds().contains(Kind.EVENT)) {
      throw ApiException.badRequest("bad_kind",
          "an export writes event records: kind must include event (or be left out)");
    }
    ExportStream out = new ExportStream(ctx, writer,
        ExportFileName.of(request.query(), LocalDate.now(), writer.extension()));
    try {
      gate.stream(() -> {
        service.forEachEvent(request, out::write);
        return null;
      });
      long n = out.finish();
      LOG.debug("exported {} events as {}", n, writer.format());
    } catch (ExportStream.ClientGone e) {
      LOG.debug("export stopped: {}", e.getCause().toString());
    }
  }

  void suggest(Context ctx) throws InvalidQueryException, java.io.IOException {
    NamedParameters p = QueryParams.checkNames(RawQuery.parse(ctx.queryString()), SUGGEST_PARAMETERS);
    String q = p.text("q", maxQueryLength);
    int size = p.integer("size", DEFAULT_SUGGESTIONS, 1, MAX_SUGGESTIONS);
    if (q == null) {
      ctx.json(new Suggestions("", List.of()));
      return;
    }
    answers.answer(ctx, new CacheKey.Suggest(q, size), () -> new Suggestions(q, gate.run(() -> service.suggest(q, size))));
  }

  void event(Context ctx) throws InvalidQueryException {
    QueryParams.checkNames(RawQuery.parse(ctx.queryString()), Set.of());
    String id = ctx.pathParam("id");
    var hit = id.length() > MAX_ID_LENGTH ? java.util.Optional.<siege.search.SearchHit>empty()
        : gate.run(() -> service.event(id));
    ctx.json(hit.orElseThrow(() -> ApiException.notFound(
        "no event with id '" + NamedParameters.clip(id) + "': ids look like siege-of-timbuktu#e9 (send # as %23)")));
  }

  void report(Context ctx) throws InvalidQueryException {
    QueryParams.checkNames(RawQuery.parse(ctx.queryString()), Set.of());
    String id = ctx.pathParam("id");
    var view = id.length() > MAX_ID_LENGTH ? java.util.Optional.<siege.search.ReportView>empty()
        : gate.run(() -> service.report(id));
    ctx.json(view.orElseThrow(() -> ApiException.notFound(
        "no report with id '" + NamedParameters.clip(id) + "': a report's id is its file name without the extension")));
  }

  void facets(Context ctx) throws InvalidQueryException, java.io.IOException {
    QueryParams.checkNames(RawQuery.parse(ctx.queryString()), Set.of());
    answers.answer(ctx, new CacheKey.Facets(), () -> gate.run(service::facets));
  }

  void health(Context ctx) {
    QueryParams.checkNames(RawQuery.parse(ctx.queryString()), Set.of());
    if (!service.ready()) {
      ctx.header("Retry-After", ErrorMapping.RETRY_AFTER_SECONDS);
      ctx.status(503).json(new Health("starting", 0, ""));
      return;
    }
    ctx.json(new Health("ok", service.documentCount(), service.indexVersion()));
  }
}
