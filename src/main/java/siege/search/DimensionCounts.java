package siege.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import siege.schema.Fields;

/**
 * Counts the values of ONE facet dimension over the documents a query matches, in one no-score
 * pass and without materialising the hits: what a filtered dimension's sideways pass needs ({@link
 * MultiSelectFacets}). Lucene's {@code SortedSetDocValuesFacetCounts} first collects every hit into
 * a bit set ({@code FacetsCollector}), then maps every ordinal of every dimension of each hit to
 * its global ordinal; here a hit's ordinals outside the dimension's range are skipped, and the
 * dimension's segment counts are mapped to global ordinals once per segment. The lists are the
 * same as {@link FacetCounts} makes of Lucene's results: months all in time order, other
 * dimensions their top {@code limit} by count (ties: lower ordinal, i.e. label order), then by
 * count and value.
 */
final class DimensionCounts {
  private DimensionCounts() {}

  /** A collector manager counting {@code dim}; its reduced result is the dimension's facet list. */
  static CollectorManager<Counter, List<FacetValue>> of(SortedSetDocValuesReaderState state, String dim, int limit) {
    OrdRange range = state.getOrdRange(dim);
    OrdinalMap map = ordinalMap(state);
    return new CollectorManager<>() {
      @Override
      public Counter newCollector() {
        return new Counter(state.getField(), map, dim, range);
      }

      @Override
      public List<FacetValue> reduce(Collection<Counter> collectors) throws IOException {
        if (range == null) return List.of();
        int[] total = new int[range.end - range.start + 1];
        for (Counter c : collectors) {
          for (int i = 0; i < total.length; i++) total[i] += c.counts[i];
        }
        return values(state, dim, range, total, limit);
      }
    };
  }

  /** The segment -> global ordinal map of the facet field, null for a single segment. */
  private static OrdinalMap ordinalMap(SortedSetDocValuesReaderState state) {
    try {
      return state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<FacetValue> values(SortedSetDocValuesReaderState state, String dim, OrdRange range,
      int[] counts, int limit) throws IOException {
    boolean months = Fields.MONTH.equals(dim);
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) if (counts[i] > 0) chosen.add(i);
    if (!months && chosen.size() > limit) {
      // Lucene's top-n: higher count first, the lower ordinal on ties
      chosen.sort(Comparator.<Integer>comparingInt(i -> counts[i]).reversed().thenComparingInt(i -> i));
      chosen = chosen.subList(0, limit);
    }
    SortedSetDocValues labels = state.getDocValues();
    int prefix = dim.length() + 1;
    List<FacetValue> values = new ArrayList<>(chosen.size());
    for (int i : chosen) {
      String term = labels.lookupOrd(range.start + i).utf8ToString();
      values.add(new FacetValue(term.substring(prefix), counts[i]));
    }
    values.sort(months
        ? Comparator.comparing(FacetValue::value)
        : Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return List.copyOf(values);
  }

  /** Counts one dimension's global ordinals, segment by segment. */
  static final class Counter extends SimpleCollector {
    private final String field;
    private final OrdinalMap map;
    private final String dim;
    private final OrdRange range;
    final int[] counts;
    private SortedSetDocValues values;
    private int[] segmentCounts;
    private long segmentStart;
    private long segmentEnd;
    private LongValues toGlobal;

    Counter(String field, OrdinalMap map, String dim, OrdRange range) {
      this.field = field;
      this.map = map;
      this.dim = dim;
      this.range = range;
      this.counts = new int[range == null ? 0 : range.end - range.start + 1];
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      finishSegment();
      values = null;
      if (range == null) return;
      SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), field);
      long start = ordOf(dv, dim + FacetsConfig.DELIM_CHAR);
      long end = ordOf(dv, dim + (char) (FacetsConfig.DELIM_CHAR + 1));
      if (end <= start) return;
      values = dv;
      segmentStart = start;
      segmentEnd = end;
      segmentCounts = new int[(int) (end - start)];
      toGlobal = map == null ? LongValues.IDENTITY : map.getGlobalOrds(context.ord);
    }

    /** The first segment ordinal at or after {@code term}. */
    private static long ordOf(SortedSetDocValues dv, String term) throws IOException {
      long ord = dv.lookupTerm(new BytesRef(term));
      return ord >= 0 ? ord : -ord - 1;
    }

    @Override
    public void collect(int doc) throws IOException {
      if (values == null || !values.advanceExact(doc)) return;
      for (int i = values.docValueCount(); i > 0; i--) {
        long ord = values.nextOrd();
        if (ord >= segmentEnd) return; // ordinals come in order: the dimension's are all seen
        if (ord >= segmentStart) segmentCounts[(int) (ord - segmentStart)]++;
      }
    }

    @Override
    public void finish() throws IOException {
      finishSegment();
    }

    private void finishSegment() {
      if (values == null) return;
      for (int i = 0; i < segmentCounts.length; i++) {
        if (segmentCounts[i] > 0) counts[(int) (toGlobal.get(segmentStart + i) - range.start)] += segmentCounts[i];
      }
      values = null;
    }

    @Override
    public void setScorer(Scorable scorer) {}
  }
}
