package siege.bench;

import java.util.Set;
import siege.model.Kind;
import siege.search.SearchRequest;
import siege.search.SearchService;

/**
 * Runs the query mix through our {@link SearchService} exactly as the HTTP API would: page 1 of 10
 * hits, default kinds (events and paragraphs), with facets and snippets.
 */
public final class SearchServiceTarget implements SearchTarget {
  private final SearchService service;

  public SearchServiceTarget(SearchService service) {
    this.service = service;
  }

  /** The request our API would build for {@code query}. */
  static SearchRequest request(BenchQuery query) {
    return new SearchRequest(query.text(), Set.<Kind>of(), query.months(), query.actors(), null, null, null, null,
        null, null, null, 1, SearchRequest.DEFAULT_SIZE);
  }

  @Override
  public long execute(BenchQuery query) throws Exception {
    return service.search(request(query)).total();
  }

  @Override
  public void close() throws Exception {
    service.close();
  }
}
