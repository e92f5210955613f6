package siege.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import siege.model.Kind;

/**
 * A search as the CLI and the HTTP API ask for it. Within one facet list the values are ORed,
 * across facets ANDed. Empty lists mean "no filter"; an empty or null query matches everything.
 *
 * @param query user query syntax: words, "phrases", AND/OR/NOT, -word, prefix*, field:value
 * @param kinds kinds to return; empty means event and paragraph
 * @param months "YYYY-MM" values
 * @param from inclusive lower date bound, or null
 * @param to inclusive upper date bound, or null
 * @param page 1-based page
 * @param size hits per page (1..100)
 * @param facets whether to count the facets (false: every facet list is empty)
 * @param snippets whether to make the hits' snippets (false: every snippet is null)
 */
public record SearchRequest(
    String query,
    Set<Kind> kinds,
    List<String> months,
    List<String> actors,
    List<String> eventTypes,
    List<String> subEventTypes,
    List<String> tags,
    List<String> reports,
    LocalDate from,
    LocalDate to,
    SortOrder sort,
    int page,
    int size,
    boolean facets,
    boolean snippets) {

  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 100;
  public static final Set<Kind> DEFAULT_KINDS = Set.of(Kind.EVENT, Kind.PARAGRAPH);

  public SearchRequest {
    query = query == null ? "" : query.strip();
    kinds = kinds == null || kinds.isEmpty() ? DEFAULT_KINDS : Set.copyOf(kinds);
    months = months == null ? List.of() : List.copyOf(months);
    actors = actors == null ? List.of() : List.copyOf(actors);
    eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
    subEventTypes = subEventTypes == null ? List.of() : List.copyOf(subEventTypes);
    tags = tags == null ? List.of() : List.copyOf(tags);
    reports = reports == null ? List.of() : List.copyOf(reports);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
  }

  /** A request with facets and snippets. */
  public SearchRequest(String query, Set<Kind> kinds, List<String> months, List<String> actors,
      List<String> eventTypes, List<String> subEventTypes, List<String> tags, List<String> reports,
      LocalDate from, LocalDate to, SortOrder sort, int page, int size) {
    this(query, kinds, months, actors, eventTypes, subEventTypes, tags, reports, from, to, sort, page, size,
        true, true);
  }

  /** A request for {@code query} with no filters, first page, default size. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, null, null, null, null, 1, DEFAULT_SIZE);
  }
}
