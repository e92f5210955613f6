package siege.search;

/** One facet value and how many matching documents carry it. */
public record FacetValue(String value, long count) {}
