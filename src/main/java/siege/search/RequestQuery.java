package siege.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import siege.model.Kind;
import siege.schema.DateCodec;
import siege.schema.FacetSchema;
import siege.schema.Fields;

/**
 * The Lucene queries of one request: the user's query (what is highlighted), the base query (user
 * query plus the kind and date filters), the drill-down query (base plus one filter clause per
 * filtered facet dimension: OR within a dimension, AND across; it finds the hits and scores them
 * as the base query does) and, for each filtered dimension, its sideways query: the base plus the
 * filters of the other dimensions only, which {@link MultiSelectFacets} counts that dimension over.
 */
record RequestQuery(Query user, Query base, DrillDownQuery drillDown, Map<String, DrillDownQuery> sideways) {

  static RequestQuery of(SearchRequest r, IndexSnapshot snapshot) throws InvalidQueryException {
    RequestValidator.checkTypes(r, snapshot.values);
    Query user = snapshot.queries.parse(r.query());
    BooleanQuery.Builder base = new BooleanQuery.Builder().add(user, BooleanClause.Occur.MUST);
    base.add(kindFilter(r), BooleanClause.Occur.FILTER);
    if (r.from() != null || r.to() != null) {
      long lo = r.from() == null ? Long.MIN_VALUE : DateCodec.encode(r.from());
      long hi = r.to() == null ? Long.MAX_VALUE : DateCodec.encode(r.to());
      base.add(LongPoint.newRangeQuery(Fields.DATE, lo, hi), BooleanClause.Occur.FILTER);
    }
    Query baseQuery = base.build();
    Map<String, List<String>> filters = new LinkedHashMap<>();
    filter(filters, Fields.MONTH, r.months(), snapshot);
    filter(filters, Fields.ACTOR, r.actors(), snapshot);
    filter(filters, Fields.EVENT_TYPE, r.eventTypes(), snapshot);
    filter(filters, Fields.SUB_EVENT_TYPE, r.subEventTypes(), snapshot);
    filter(filters, Fields.TAG, r.tags(), snapshot);
    filter(filters, Fields.REPORT, r.reports(), snapshot);
    Map<String, DrillDownQuery> sideways = new LinkedHashMap<>();
    for (String dim : filters.keySet()) sideways.put(dim, drillDown(baseQuery, filters, dim));
    return new RequestQuery(user, baseQuery, drillDown(baseQuery, filters, null), Map.copyOf(sideways));
  }

  /** Whether any facet filter is set. */
  boolean drillsDown() {
    return !sideways.isEmpty();
  }

  private static Query kindFilter(SearchRequest r) {
    List<BytesRef> kinds = r.kinds().stream().map(Kind::label).sorted().map(BytesRef::new).toList();
    return new TermInSetQuery(Fields.KIND, kinds);
  }

  private static void filter(Map<String, List<String>> filters, String dim, List<String> values,
      IndexSnapshot snapshot) {
    if (!values.isEmpty()) filters.put(dim, values.stream().map(v -> snapshot.values.resolve(dim, v)).toList());
  }

  /** The base query with the filters of every dimension but {@code without} (null: all of them). */
  private static DrillDownQuery drillDown(Query base, Map<String, List<String>> filters, String without) {
    DrillDownQuery dd = new DrillDownQuery(FacetSchema.config(), base);
    filters.forEach((dim, values) -> {
      if (!dim.equals(without)) for (String v : values) dd.add(dim, v);
    });
    return dd;
  }
}
