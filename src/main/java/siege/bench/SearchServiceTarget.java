package siege.bench;

import java.util.Set;
import siege.model.Kind;
import siege.search.InvalidQueryException;
import siege.search.SearchRequest;
import siege.search.SearchService;

/**
 * Runs the query mix through our {@link SearchService} exactly as the HTTP API would: page 1 of 10
 * hits, default kinds (events and paragraphs), with facets and snippets.
 */
public final class SearchServiceTarget implements SearchTarget {
  private final SearchService service;
  private final java.util.concurrent.atomic.AtomicLong timeouts = new java.util.concurrent.atomic.AtomicLong();

  public SearchServiceTarget(SearchService service) {
    this.service = service;
  }

  /** The request our API would build for {@code query}. */
  static SearchRequest request(BenchQuery query) {
    return new SearchRequest(query.text(), Set.<Kind>of(), query.months(), query.actors(), null, null, null, null,
        null, null, null, 1, SearchRequest.DEFAULT_SIZE);
  }

  /**
   * Runs the query; a search stopped by the service's time limit counts as a timeout (see
   * {@link #timeouts()}) rather than ending the run.
   */
  @Override
  public long execute(BenchQuery query) throws Exception {
    try {
      return service.search(request(query)).total();
    } catch (InvalidQueryException e) {
      if (!"timeout".equals(e.code())) throw e;
      timeouts.incrementAndGet();
      return 0;
    }
  }

  /** Searches the service stopped at its time limit so far. */
  public long timeouts() {
    return timeouts.get();
  }

  @Override
  public void close() throws Exception {
    service.close();
  }
}
