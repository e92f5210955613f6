package siege.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import siege.model.Kind;
import siege.model.Taxonomy;
import siege.search.SearchRequest;
import siege.search.SortOrder;

/** Turns the query parameters of {@code GET /api/search} into a checked {@link SearchRequest}. */
final class SearchRequestParser {
  /** Parameter names of {@code /api/search}. */
  static final Set<String> PARAMETERS = Set.of("q", "kind", "month", "actor", "event_type",
      "sub_event_type", "tag", "report", "from", "to", "sort", "page", "size");
  /** Deepest hit a search may page to: page * size. */
  static final int MAX_WINDOW = 10_000;

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final int maxQueryLength;

  SearchRequestParser(int maxQueryLength) {
    this.maxQueryLength = maxQueryLength;
  }

  /** @throws ApiException 400 with the parameter at fault and what is expected */
  SearchRequest parse(Map<String, List<String>> raw) {
    QueryParams p = QueryParams.of(raw, PARAMETERS);
    String q = p.single("q");
    if (q != null) QueryParams.checkLength("q", q, maxQueryLength);
    int size = p.integer("size", SearchRequest.DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE);
    int page = p.integer("page", 1, 1, MAX_WINDOW);
    if ((long) page * size > MAX_WINDOW) {
      throw ApiException.badRequest("bad_page", "page " + page + " of size " + size
          + " is past the result window: page * size must be at most " + MAX_WINDOW);
    }
    LocalDate from = date(p, "from");
    LocalDate to = date(p, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.badRequest("bad_date_range",
          "from (" + from + ") is after to (" + to + "): expected from <= to");
    }
    return new SearchRequest(q, kinds(p), months(p), p.all("actor"),
        eventTypes(p), subEventTypes(p), tags(p), p.all("report"),
        from, to, sort(p), page, size);
  }

  private static Set<Kind> kinds(QueryParams p) {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    for (String v : p.all("kind")) {
      try {
        kinds.add(Kind.fromLabel(v));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("bad_kind",
            "kind '" + Text.clip(v) + "' is unknown: expected event, paragraph or report");
      }
    }
    return kinds;
  }

  private static List<String> months(QueryParams p) {
    List<String> months = new ArrayList<>();
    for (String v : p.all("month")) {
      String m = v.strip();
      if (!MONTH.matcher(m).matches()) {
        throw ApiException.badRequest("bad_month",
            "month '" + Text.clip(v) + "' is not a month: expected YYYY-MM, e.g. 2023-09");
      }
      months.add(m);
    }
    return months;
  }

  private static LocalDate date(QueryParams p, String name) {
    String v = p.single(name);
    if (v == null) return null;
    String s = v.strip();
    String expected = ": expected a date YYYY-MM-DD, e.g. 2023-09-27";
    if (!DATE.matcher(s).matches()) {
      throw ApiException.badRequest("bad_date", name + " '" + Text.clip(v) + "' is not a date" + expected);
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("bad_date", name + " '" + s + "' is not a day of the calendar" + expected);
    }
  }

  private static SortOrder sort(QueryParams p) {
    String v = p.single("sort");
    if (v == null) return SortOrder.RELEVANCE;
    try {
      return SortOrder.fromLabel(v.strip());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("bad_sort",
          "sort '" + Text.clip(v) + "' is unknown: expected relevance, date or -date");
    }
  }

  private static List<String> eventTypes(QueryParams p) {
    List<String> out = new ArrayList<>();
    for (String v : p.all("event_type")) {
      out.add(Taxonomy.eventType(v).orElseThrow(() -> ApiException.badRequest("bad_event_type",
          "event_type '" + Text.clip(v) + "' is unknown: expected one of "
              + String.join(", ", Taxonomy.SUB_TYPES.keySet()))));
    }
    return out;
  }

  private static List<String> subEventTypes(QueryParams p) {
    List<String> out = new ArrayList<>();
    for (String v : p.all("sub_event_type")) {
      out.add(Taxonomy.subEventType(v).map(Map.Entry::getValue).orElseThrow(() ->
          ApiException.badRequest("bad_sub_event_type", "sub_event_type '" + Text.clip(v)
              + "' is unknown: expected an ACLED sub-event type such as Armed clash, "
              + "Shelling/artillery/missile attack or Air/drone strike (see GET /api/facets)")));
    }
    return out;
  }

  private static List<String> tags(QueryParams p) {
    List<String> out = new ArrayList<>();
    for (String v : p.all("tag")) {
      String t = v.strip().toLowerCase(java.util.Locale.ROOT);
      if (!Taxonomy.TAGS.contains(t)) {
        throw ApiException.badRequest("bad_tag",
            "tag '" + Text.clip(v) + "' is unknown: expected one of " + String.join(", ", Taxonomy.TAGS));
      }
      out.add(t);
    }
    return out;
  }
}
