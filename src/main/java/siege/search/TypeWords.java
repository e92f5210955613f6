package siege.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import siege.schema.Fields;

/**
 * Query words that name an event type, a sub-event type or a tag: "Shelling/artillery/missile
 * attack" (typed, quoted or picked from the suggestions) also matches the events whose {@code
 * sub_event_type} is that value, although no sentence says those words. The indexed values are
 * analysed like the text (case, punctuation such as '/' and word endings ignored), so a run of
 * query words is looked up by its analysed terms. A spelling shared by values of several fields
 * matches any of them. Only values present in the index count. Built once per index snapshot.
 */
final class TypeWords {
  /**
   * The score of a type match: below one matching word in a sentence, so that the sentences that
   * say the words rank first and the events only classified so come after them.
   */
  static final float TYPE_SCORE = 0.5f;
  static final List<String> FIELDS = List.of(Fields.EVENT_TYPE, Fields.SUB_EVENT_TYPE, Fields.TAG);

  /** Analysed terms of a value -> the query of the events carrying it. */
  private final Map<List<BytesRef>, Query> byTerms;
  private final int longest;

  TypeWords(KeywordValues values, Analyzer plain) {
    Map<List<BytesRef>, List<Term>> named = new HashMap<>();
    for (String field : FIELDS) {
      for (String value : values.all(field)) {
        List<BytesRef> key = QueryGraph.terms(plain, Fields.TEXT, value);
        if (!key.isEmpty()) named.computeIfAbsent(List.copyOf(key), k -> new ArrayList<>()).add(new Term(field, value));
      }
    }
    Map<List<BytesRef>, Query> queries = new HashMap<>();
    named.forEach((key, terms) -> queries.put(key, query(terms)));
    this.byTerms = Map.copyOf(queries);
    this.longest = named.keySet().stream().mapToInt(List::size).max().orElse(0);
  }

  private static Query query(List<Term> terms) {
    Query filter;
    if (terms.size() == 1) {
      filter = new TermQuery(terms.get(0));
    } else {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (Term t : terms) any.add(new TermQuery(t), BooleanClause.Occur.SHOULD);
      filter = any.build();
    }
    return new BoostQuery(new ConstantScoreQuery(filter), TYPE_SCORE);
  }

  /** The query of the events whose type, sub-type or tag these analysed terms name, or null. */
  Query of(List<BytesRef> analysed) {
    return analysed.isEmpty() || analysed.size() > longest ? null : byTerms.get(analysed);
  }

  /** The most terms a value has: longer runs of query words name no value. */
  int longest() {
    return longest;
  }
}
