package siege.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The part of a user query that can be marked in a field's text: every leaf query on that field
 * (terms, synonyms and stems, phrases, multi-word synonyms, prefixes), as optional clauses, and
 * nothing on other fields (title, section, place, the unstemmed field, actor and date matches),
 * nothing negated; with the extras of a {@link RescoredQuery} (words close together) beside it.
 * The highlighter then only weighs what it can mark, for the returned page only.
 */
final class HighlightQuery {
  private HighlightQuery() {}

  /** The query to highlight {@code field} with, or null when nothing in {@code query} is on it. */
  static Query on(String field, Query query) {
    if (query instanceof RescoredQuery r) {
      // the extras too: the words close together are marked as one passage ("Sky Mali")
      Query matching = on(field, r.matching());
      Query extras = on(field, r.extras());
      return matching == null || extras == null ? matching : any(List.of(matching, extras));
    }
    if (query instanceof BoostQuery b) return on(field, b.getQuery());
    if (query instanceof ConstantScoreQuery) return null;
    if (query instanceof BooleanQuery bq) {
      List<Query> kept = new ArrayList<>();
      for (BooleanClause c : bq.clauses()) {
        if (c.getOccur() == BooleanClause.Occur.MUST_NOT) continue;
        Query sub = on(field, c.getQuery());
        if (sub != null) kept.add(sub);
      }
      return any(kept);
    }
    if (query instanceof DisjunctionMaxQuery dm) {
      List<Query> kept = new ArrayList<>();
      for (Query d : dm.getDisjuncts()) {
        Query sub = on(field, d);
        if (sub != null) kept.add(sub);
      }
      return any(kept);
    }
    return fields(query).equals(Set.of(field)) ? query : null;
  }

  private static Query any(List<Query> queries) {
    if (queries.isEmpty()) return null;
    if (queries.size() == 1) return queries.get(0);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : queries) b.add(q, BooleanClause.Occur.SHOULD);
    return b.build();
  }

  private static Set<String> fields(Query leaf) {
    Set<String> fields = new HashSet<>();
    leaf.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String f) {
        fields.add(f);
        return false;
      }
    });
    return fields;
  }
}
