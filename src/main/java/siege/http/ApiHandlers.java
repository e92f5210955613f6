package siege.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import siege.search.InvalidQueryException;
import siege.search.SearchService;

/**
 * The JSON endpoints. Each handler checks its parameters, calls the service through the
 * {@link SearchGate} and writes the answer; failures travel as exceptions to {@link ErrorMapping}.
 */
final class ApiHandlers {
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
  private final SearchRequestParser parser;
  private final int maxQueryLength;

  ApiHandlers(SearchService service, SearchGate gate, int maxQueryLength) {
    this.service = service;
    this.gate = gate;
    this.parser = new SearchRequestParser(maxQueryLength);
    this.maxQueryLength = maxQueryLength;
  }

  void search(Context ctx) throws InvalidQueryException {
    var request = parser.parse(RawQuery.parse(ctx.queryString()));
    ctx.json(gate.run(() -> service.search(request)));
  }

  void suggest(Context ctx) throws InvalidQueryException {
    QueryParams p = QueryParams.of(RawQuery.parse(ctx.queryString()), SUGGEST_PARAMETERS);
    String q = p.single("q");
    int size = p.integer("size", DEFAULT_SUGGESTIONS, 1, MAX_SUGGESTIONS);
    if (q == null) {
      ctx.json(new Suggestions("", List.of()));
      return;
    }
    QueryParams.checkLength("q", q, maxQueryLength);
    ctx.json(new Suggestions(q, gate.run(() -> service.suggest(q, size))));
  }

  void event(Context ctx) throws InvalidQueryException {
    QueryParams.of(RawQuery.parse(ctx.queryString()), Set.of());
    String id = ctx.pathParam("id");
    var hit = id.length() > MAX_ID_LENGTH ? java.util.Optional.<siege.search.SearchHit>empty()
        : gate.run(() -> service.event(id));
    ctx.json(hit.orElseThrow(() -> ApiException.notFound(
        "no event with id '" + Text.clip(id) + "': ids look like siege-of-timbuktu#e9 (send # as %23)")));
  }

  void report(Context ctx) throws InvalidQueryException {
    QueryParams.of(RawQuery.parse(ctx.queryString()), Set.of());
    String id = ctx.pathParam("id");
    var view = id.length() > MAX_ID_LENGTH ? java.util.Optional.<siege.search.ReportView>empty()
        : gate.run(() -> service.report(id));
    ctx.json(view.orElseThrow(() -> ApiException.notFound(
        "no report with id '" + Text.clip(id) + "': a report's id is its file name without the extension")));
  }

  void facets(Context ctx) throws InvalidQueryException {
    QueryParams.of(RawQuery.parse(ctx.queryString()), Set.of());
    ctx.json(gate.run(service::facets));
  }

  void health(Context ctx) {
    QueryParams.of(RawQuery.parse(ctx.queryString()), Set.of());
    ctx.json(new Health("ok", service.documentCount(), service.indexVersion()));
  }
}
