package siege.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import siege.schema.FacetSchema;
import siege.schema.Fields;

/**
 * Lucene facet results -> the API's facet lists: months in time order (all of them), the other
 * dimensions by count then value (the top {@code limit}).
 */
final class FacetCounts {
  static final int DEFAULT_LIMIT = 50;

  private FacetCounts() {}

  static Map<String, List<FacetValue>> read(Facets facets, SortedSetDocValuesReaderState state, int limit)
      throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : FacetSchema.DIMS) {
      out.put(dim, facets == null || state == null || state.getOrdRange(dim) == null
          ? List.of() : dim(facets, dim, limit));
    }
    return out;
  }

  static Map<String, List<FacetValue>> empty() {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : FacetSchema.DIMS) out.put(dim, List.of());
    return out;
  }

  private static List<FacetValue> dim(Facets facets, String dim, int limit) throws IOException {
    boolean months = Fields.MONTH.equals(dim);
    FacetResult r = months ? facets.getAllChildren(dim) : facets.getTopChildren(limit, dim);
    if (r == null) return List.of();
    List<FacetValue> values = new ArrayList<>(r.labelValues.length);
    for (LabelAndValue lv : r.labelValues) {
      if (lv.value.longValue() > 0) values.add(new FacetValue(lv.label, lv.value.longValue()));
    }
    values.sort(months
        ? Comparator.comparing(FacetValue::value)
        : Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return List.copyOf(values);
  }
}
