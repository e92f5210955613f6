package siege.search;

import java.io.IOException;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

/**
 * The time limit of one search. Plain searches use {@link IndexSearcher#setTimeout}; Lucene's
 * DrillSideways scorer refuses the time-limiting bulk scorer ("maxDoc must be
 * Integer.MAX_VALUE"), so drill-sideways searches check the deadline in their facet collectors
 * instead, which see every matching and near-matching document.
 */
final class SearchDeadline {
  private static final int CHECK_EVERY = 256;
  private final long deadlineNanos;

  SearchDeadline(long millis) {
    this.deadlineNanos = System.nanoTime() + millis * 1_000_000;
  }

  boolean passed() {
    return System.nanoTime() - deadlineNanos > 0;
  }

  /** Thrown out of a collector when the deadline has passed. */
  static final class Exceeded extends RuntimeException {
    Exceeded() {
      super("search deadline exceeded", null, false, false);
    }
  }

  /** DrillSideways whose facet collectors stop the search once the deadline has passed. */
  DrillSideways drillSideways(IndexSearcher searcher, FacetsConfig config, SortedSetDocValuesReaderState state) {
    return new DrillSideways(searcher, config, state) {
      @Override
      protected FacetsCollectorManager createDrillDownFacetsCollectorManager() {
        return collectors();
      }

      @Override
      protected FacetsCollectorManager createDrillSidewaysFacetsCollectorManager() {
        return collectors();
      }
    };
  }

  private FacetsCollectorManager collectors() {
    return new FacetsCollectorManager() {
      @Override
      public FacetsCollector newCollector() {
        return new FacetsCollector() {
          private int seen;

          @Override
          public void collect(int doc) throws IOException {
            if (seen++ % CHECK_EVERY == 0 && passed()) throw new Exceeded();
            super.collect(doc);
          }
        };
      }
    };
  }
}
