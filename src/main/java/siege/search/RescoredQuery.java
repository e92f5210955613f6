package siege.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A user query that matches and scores like {@code matching} (it rewrites to it, so any searcher,
 * filter or drill-down sees only that) and carries the extras that only reorder its best hits
 * ({@link ProximityRescorer}): the literal words, the words close together.
 */
final class RescoredQuery extends Query {
  private final Query matching;
  private final Query extras;

  RescoredQuery(Query matching, Query extras) {
    this.matching = Objects.requireNonNull(matching);
    this.extras = Objects.requireNonNull(extras);
  }

  /** The query that decides what matches. */
  Query matching() {
    return matching;
  }

  /** The query whose score is added to the top hits' scores. */
  Query extras() {
    return extras;
  }

  /** {@code query} without its extras (itself when it has none). */
  static Query matchingOf(Query query) {
    return query instanceof RescoredQuery r ? r.matching : query;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    return matching;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    matching.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return matching.toString(field) + " (rescored by " + extras.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && matching.equals(((RescoredQuery) other).matching)
        && extras.equals(((RescoredQuery) other).extras);
  }

  @Override
  public int hashCode() {
    return classHash() * 31 * 31 + matching.hashCode() * 31 + extras.hashCode();
  }
}
