package siege.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.TopDocs;

/**
 * Multi-select facet counts, the same as Lucene's DrillSideways gives (a filtered dimension is
 * counted as if it were not filtered, so the page can offer its other values; the other dimensions
 * are counted over the hits), without scoring more than the hits. DrillSideways scores every
 * document of the unfiltered base query to find the hits and the near-misses in one pass. Here the
 * hits, the total and the counts of the dimensions not filtered come from one pass over the
 * drill-down query (base plus every filter); then each filtered dimension is counted in its own
 * pass over its sideways query (base plus the other dimensions' filters) that counts that
 * dimension only ({@link DimensionCounts}), in no-score mode, in which optional clauses such as the
 * proximity boost are skipped. When the base query is every document of the request's kinds (no text, no date
 * range), the sideways counts of a dimension filtered alone are the snapshot's cached unfiltered
 * counts.
 */
final class MultiSelectFacets {
  private MultiSelectFacets() {}

  /** The page's hits, the total and the facet lists of one request. */
  record Result(TopDocs top, long total, Map<String, List<FacetValue>> facets) {}

  /**
   * Searches {@code rq}.
   *
   * @param timed the searcher of the request; the caller checks {@link IndexSearcher#timedOut()}
   * @param hitsManager collects the page's hits (it need not count them all: the total is counted)
   * @param unfiltered the counts of the base query when it is every document of the kinds, or null
   */
  static Result search(IndexSearcher timed, CollectorManager<?, ? extends TopDocs> hitsManager,
      SortedSetDocValuesReaderState state, RequestQuery rq, UnfilteredCounts.Counts unfiltered, int limit)
      throws IOException {
    Object[] both = timed.search(rq.drillDown(), new MultiCollectorManager(hitsManager, new FacetsCollectorManager()));
    FacetsCollector hits = (FacetsCollector) both[1];
    long total = 0;
    for (FacetsCollector.MatchingDocs m : hits.getMatchingDocs()) total += m.totalHits;
    Map<String, List<FacetValue>> sideways = new HashMap<>();
    for (Map.Entry<String, DrillDownQuery> e : rq.sideways().entrySet()) {
      if (unfiltered != null && rq.sideways().size() == 1) {
        sideways.put(e.getKey(), unfiltered.facets().get(e.getKey()));
      } else {
        sideways.put(e.getKey(), timed.search(e.getValue(), DimensionCounts.of(state, e.getKey(), limit)));
      }
    }
    Facets facets = new SortedSetDocValuesFacetCounts(state, hits);
    Map<String, List<FacetValue>> out = FacetCounts.read(facets, state, limit);
    out.putAll(sideways);
    return new Result((TopDocs) both[0], total, out);
  }
}
