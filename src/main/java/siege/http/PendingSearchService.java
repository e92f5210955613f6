package siege.http;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import siege.model.EventRecord;
import siege.search.FacetValue;
import siege.search.InvalidQueryException;
import siege.search.ReportView;
import siege.search.SearchHit;
import siege.search.SearchRequest;
import siege.search.SearchResult;
import siege.search.SearchService;

/**
 * The service of a server that starts listening while its index is still being prepared (built,
 * updated, opened): calls wait for the real service up to {@code maxWait}, then get a 503
 * {@code starting} with Retry-After; once {@link #complete} has been called every call goes
 * straight to it. {@code /health} does not wait: it answers 503 {@code starting} until then
 * ({@link #ready()}). Closing it closes nothing: the real service belongs to whoever opened it.
 */
public final class PendingSearchService implements SearchService {
  private final CompletableFuture<SearchService> service = new CompletableFuture<>();
  private final Duration maxWait;
  private volatile SearchService ready;

  /** @param maxWait how long a call waits for the index before a 503 starting */
  public PendingSearchService(Duration maxWait) {
    this.maxWait = maxWait;
  }

  /** The index is open: every call, waiting or to come, goes to {@code s}. */
  public void complete(SearchService s) {
    ready = s;
    service.complete(s);
  }

  /** The index could not be prepared: waiting calls get a 503 (the server is being stopped). */
  public void fail(Throwable cause) {
    service.completeExceptionally(cause);
  }

  @Override
  public boolean ready() {
    return ready != null;
  }

  private SearchService get() {
    SearchService s = ready;
    if (s != null) return s;
    try {
      return service.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw starting();
    } catch (ExecutionException e) {
      throw new ApiException(503, "unavailable", "the index could not be opened: the server is stopping");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw starting();
    }
  }

  static ApiException starting() {
    return new ApiException(503, "starting", "the server is preparing its index: retry in a moment");
  }

  @Override
  public SearchResult search(SearchRequest request) throws InvalidQueryException {
    return get().search(request);
  }

  @Override
  public void forEachEvent(SearchRequest request, Consumer<EventRecord> sink) throws InvalidQueryException {
    get().forEachEvent(request, sink);
  }

  @Override
  public List<String> suggest(String prefix, int count) throws InvalidQueryException {
    return get().suggest(prefix, count);
  }

  @Override
  public Optional<SearchHit> event(String id) {
    return get().event(id);
  }

  @Override
  public Optional<ReportView> report(String id) {
    return get().report(id);
  }

  @Override
  public Map<String, List<FacetValue>> facets() {
    return get().facets();
  }

  @Override
  public long documentCount() {
    SearchService s = ready;
    return s == null ? 0 : s.documentCount();
  }

  @Override
  public String indexVersion() {
    SearchService s = ready;
    return s == null ? "" : s.indexVersion();
  }

  @Override
  public String snapshotVersion() {
    SearchService s = ready;
    return s == null ? null : s.snapshotVersion();
  }

  @Override
  public void refresh() {
    SearchService s = ready;
    if (s != null) s.refresh();
  }

  @Override
  public void close() throws IOException {
    // the real service is closed by its owner
  }
}
