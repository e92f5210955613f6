package siege.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopDocs;

/**
 * Reorders the best hits of a relevance-sorted search by the query's extras ({@link
 * RescoredQuery}: the literal words on the unstemmed field, the user's words close together):
 * each hit of the window gets the extras' score added, as when they were optional clauses of the
 * query, but only the window's hits pay for them (a sloppy phrase over every hit of a common word
 * cost more than the rest of the search). The window is at least {@value #MIN_WINDOW} hits and
 * at least the requested page.
 */
final class ProximityRescorer {
  static final int MIN_WINDOW = 100;

  private ProximityRescorer() {}

  /** How many hits to collect for a page ending at hit {@code topN} of {@code user}. */
  static int window(Query user, int topN) {
    return user instanceof RescoredQuery ? Math.max(MIN_WINDOW, topN) : topN;
  }

  /**
   * The hits of {@code top} (collected for {@code user}, by score) reordered with the extras'
   * scores added; {@code top} itself when the query has no extras.
   */
  static TopDocs rescore(IndexSearcher searcher, TopDocs top, Query user) throws IOException {
    if (!(user instanceof RescoredQuery r) || top.scoreDocs.length == 0) return top;
    return QueryRescorer.rescore(searcher, top, r.extras(), 1.0, top.scoreDocs.length);
  }
}
