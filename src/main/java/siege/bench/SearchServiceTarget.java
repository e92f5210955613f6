package siege.bench;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import siege.model.Kind;
import siege.search.InvalidQueryException;
import siege.search.SearchRequest;
import siege.search.SearchService;

/**
 * Runs the query mix through our {@link SearchService} exactly as the HTTP API would: page 1 of 10
 * hits, default kinds (events and paragraphs), with facets and snippets unless a variant made by
 * {@link #switches(boolean, boolean)} turns them off (the API's {@code facets=false} and
 * {@code snippets=false}).
 */
public final class SearchServiceTarget implements SearchTarget {
  private final SearchService service;
  private final AtomicLong timeouts;
  private final boolean facets;
  private final boolean snippets;
  private final boolean owner;

  /** The service with facets and snippets; closing this target closes the service. */
  public SearchServiceTarget(SearchService service) {
    this(service, new AtomicLong(), true, true, true);
  }

  private SearchServiceTarget(SearchService service, AtomicLong timeouts, boolean facets, boolean snippets,
      boolean owner) {
    this.service = service;
    this.timeouts = timeouts;
    this.facets = facets;
    this.snippets = snippets;
    this.owner = owner;
  }

  /**
   * The same service with the request's facets and snippets switches set as given. The variant
   * shares this target's timeout count; closing it leaves the service open.
   */
  public SearchServiceTarget switches(boolean facets, boolean snippets) {
    return new SearchServiceTarget(service, timeouts, facets, snippets, false);
  }

  /** The request our API would build for {@code query}, with facets and snippets. */
  static SearchRequest request(BenchQuery query) {
    return request(query, true, true);
  }

  /** The request our API would build for {@code query} with these facets and snippets switches. */
  static SearchRequest request(BenchQuery query, boolean facets, boolean snippets) {
    return new SearchRequest(query.text(), Set.<Kind>of(), query.months(), query.actors(), null, null, null, null,
        null, null, null, 1, SearchRequest.DEFAULT_SIZE, facets, snippets);
  }

  /**
   * Runs the query; a search stopped by the service's time limit counts as a timeout (see
   * {@link #timeouts()}) rather than ending the run.
   */
  @Override
  public long execute(BenchQuery query) throws Exception {
    try {
      return service.search(request(query, facets, snippets)).total();
    } catch (InvalidQueryException e) {
      if (!"timeout".equals(e.code())) throw e;
      timeouts.incrementAndGet();
      return 0;
    }
  }

  /** Searches the service stopped at its time limit so far (this target and its variants). */
  public long timeouts() {
    return timeouts.get();
  }

  @Override
  public void close() throws Exception {
    if (owner) service.close();
  }
}
