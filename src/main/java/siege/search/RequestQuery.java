package siege.search;

import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
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
 * query plus the kind and date filters) and the drill-down query (base plus one drill-down
 * dimension per facet filter: OR within a dimension, AND across), which DrillSideways counts.
 * {@code drillsDown} tells whether any facet filter is set (DrillSideways is only needed then).
 */
record RequestQuery(Query user, Query base, DrillDownQuery drillDown, boolean drillsDown) {

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
    DrillDownQuery dd = new DrillDownQuery(FacetSchema.config(), baseQuery);
    drill(dd, Fields.MONTH, r.months(), snapshot);
    drill(dd, Fields.ACTOR, r.actors(), snapshot);
    drill(dd, Fields.EVENT_TYPE, r.eventTypes(), snapshot);
    drill(dd, Fields.SUB_EVENT_TYPE, r.subEventTypes(), snapshot);
    drill(dd, Fields.TAG, r.tags(), snapshot);
    drill(dd, Fields.REPORT, r.reports(), snapshot);
    return new RequestQuery(user, baseQuery, dd, !(r.months().isEmpty() && r.actors().isEmpty()
        && r.eventTypes().isEmpty() && r.subEventTypes().isEmpty() && r.tags().isEmpty() && r.reports().isEmpty()));
  }

  private static Query kindFilter(SearchRequest r) {
    List<BytesRef> kinds = r.kinds().stream().map(Kind::label).sorted().map(BytesRef::new).toList();
    return new TermInSetQuery(Fields.KIND, kinds);
  }

  private static void drill(DrillDownQuery dd, String dim, List<String> values, IndexSnapshot snapshot) {
    for (String v : values) dd.add(dim, snapshot.values.resolve(dim, v));
  }
}
