package siege.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import siege.model.Kind;
import siege.schema.Fields;

/**
 * The total and facet counts of a request with no query text, no facet filter and no date range
 * (what every page load and the facet widget ask first), counted once per kind set and facet limit
 * and then served from memory. Belongs to one {@link IndexSnapshot}: a refresh opens a new snapshot
 * with an empty cache, so counts are never stale. Thread-safe; a count is computed by one thread
 * while others asking for the same one wait for it. Counted without the request's time limit (a
 * timed-out count must never be cached); it costs what one empty search with facets costs.
 */
final class UnfilteredCounts {
  /** Matching documents and facet lists of one kind set. */
  record Counts(long total, Map<String, List<FacetValue>> facets) {}

  private record Key(Set<Kind> kinds, int limit) {}

  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState facetState;
  private final Map<Key, Counts> cache = new ConcurrentHashMap<>();

  UnfilteredCounts(IndexSearcher searcher, SortedSetDocValuesReaderState facetState) {
    this.searcher = searcher;
    this.facetState = facetState;
  }

  /** The counts of every document of {@code kinds}, the other facet dimensions cut to {@code limit} values. */
  Counts get(Set<Kind> kinds, int limit) throws IOException {
    try {
      return cache.computeIfAbsent(new Key(Set.copyOf(kinds), limit), this::count);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** How many kind sets and limits are held (tests). */
  int size() {
    return cache.size();
  }

  private Counts count(Key key) {
    try {
      Query query = kindQuery(key.kinds());
      if (facetState == null) return new Counts(searcher.count(query), FacetCounts.empty());
      FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
      long total = 0;
      for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) total += m.totalHits;
      return new Counts(total, FacetCounts.read(new SortedSetDocValuesFacetCounts(facetState, fc), facetState, key.limit()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Query kindQuery(Set<Kind> kinds) {
    return new TermInSetQuery(Fields.KIND, kinds.stream().map(Kind::label).sorted().map(BytesRef::new).toList());
  }
}
