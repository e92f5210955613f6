package siege.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}. {@code facets} has the keys month, actor, event_type,
 * sub_event_type, tag, report (months in time order, others by count); each facet's counts are
 * computed with every other facet's filter applied but not its own (drill sideways).
 *
 * @param didYouMean a corrected query when this one found little and a correction finds more,
 *     else null
 */
public record SearchResult(
    String query,
    long total,
    int page,
    int size,
    long tookMs,
    List<SearchHit> hits,
    Map<String, List<FacetValue>> facets,
    String didYouMean) {}
