package siege.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import siege.model.Kind;
import siege.model.Taxonomy;

/**
 * Builds a checked {@link SearchRequest} from named string parameters as the HTTP API and the CLI
 * receive them ({@code q, kind, month, actor, event_type, sub_event_type, tag, report, from, to,
 * sort, page, size, facets, snippets}). The one place where their values are validated: each refusal is an {@link
 * InvalidQueryException} whose code names the parameter ({@code bad_month}, {@code bad_page}, ...,
 * the codes of docs/api.md) and whose message says what is expected. Event and sub-event types are
 * canonicalised to ACLED's spelling, tags to lower case. Unknown parameter names are the caller's
 * business.
 */
public final class SearchParameters {
  /** The parameter names this class reads. */
  public static final List<String> NAMES = List.of("q", "kind", "month", "actor", "event_type",
      "sub_event_type", "tag", "report", "from", "to", "sort", "page", "size", "facets", "snippets");
  /** Deepest hit a search may page to: page * size. */
  public static final int RESULT_WINDOW = RequestValidator.RESULT_WINDOW;
  /** Longest accepted {@code q}. */
  public static final int MAX_QUERY_LENGTH = UserQueries.MAX_QUERY_CHARS;

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private SearchParameters() {}

  /** With the API's limits: {@code size} at most {@link SearchRequest#MAX_SIZE}. */
  public static SearchRequest parse(Map<String, List<String>> params) throws InvalidQueryException {
    return parse(params, SearchRequest.MAX_SIZE, MAX_QUERY_LENGTH);
  }

  /**
   * @param maxSize largest accepted {@code size} (the CLI lists more at once than the API)
   * @param maxQueryLength longest accepted {@code q}
   */
  public static SearchRequest parse(Map<String, List<String>> params, int maxSize, int maxQueryLength)
      throws InvalidQueryException {
    NamedParameters p = NamedParameters.of(params);
    String q = p.text("q", maxQueryLength);
    int size = p.integer("size", SearchRequest.DEFAULT_SIZE, 1, maxSize);
    int page = p.integer("page", 1, 1, RESULT_WINDOW);
    if ((long) page * size > RESULT_WINDOW) {
      throw new InvalidQueryException("bad_page", "page " + page + " of size " + size
          + " is past the result window: page * size must be at most " + RESULT_WINDOW);
    }
    LocalDate from = date(p, "from");
    LocalDate to = date(p, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidQueryException("bad_date_range",
          "from (" + from + ") is after to (" + to + "): expected from <= to");
    }
    return new SearchRequest(q, kinds(p), months(p), stripped(p.all("actor")),
        eventTypes(p), subEventTypes(p), tags(p), stripped(p.all("report")),
        from, to, sort(p), page, size, flag(p, "facets"), flag(p, "snippets"));
  }

  /** A switch that is on unless set to {@code false}. */
  private static boolean flag(NamedParameters p, String name) throws InvalidQueryException {
    String v = p.single(name);
    if (v == null) return true;
    return switch (v.strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidQueryException("bad_" + name,
          name + " '" + NamedParameters.clip(v) + "' is not a switch: expected true or false");
    };
  }

  private static List<String> stripped(List<String> values) {
    return values.stream().map(String::strip).toList();
  }

  private static Set<Kind> kinds(NamedParameters p) throws InvalidQueryException {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    for (String v : p.all("kind")) {
      try {
        kinds.add(Kind.fromLabel(v));
      } catch (IllegalArgumentException e) {
        throw new InvalidQueryException("bad_kind",
            "kind '" + NamedParameters.clip(v) + "' is unknown: expected event, paragraph or report");
      }
    }
    return kinds;
  }

  private static List<String> months(NamedParameters p) throws InvalidQueryException {
    List<String> months = new ArrayList<>();
    for (String v : p.all("month")) {
      String m = v.strip();
      if (!MONTH.matcher(m).matches()) {
        throw new InvalidQueryException("bad_month",
            "month '" + NamedParameters.clip(v) + "' is not a month: expected YYYY-MM, e.g. 2023-09");
      }
      months.add(m);
    }
    return months;
  }

  private static LocalDate date(NamedParameters p, String name) throws InvalidQueryException {
    String v = p.single(name);
    if (v == null) return null;
    String s = v.strip();
    String expected = ": expected a date YYYY-MM-DD, e.g. 2023-09-27";
    if (!DATE.matcher(s).matches()) {
      throw new InvalidQueryException("bad_date", name + " '" + NamedParameters.clip(v) + "' is not a date" + expected);
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new InvalidQueryException("bad_date", name + " '" + s + "' is not a day of the calendar" + expected);
    }
  }

  private static SortOrder sort(NamedParameters p) throws InvalidQueryException {
    String v = p.single("sort");
    if (v == null) return SortOrder.RELEVANCE;
    try {
      return SortOrder.fromLabel(v.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException("bad_sort",
          "sort '" + NamedParameters.clip(v) + "' is unknown: expected relevance, date or -date");
    }
  }

  private static List<String> eventTypes(NamedParameters p) throws InvalidQueryException {
    List<String> out = new ArrayList<>();
    for (String v : p.all("event_type")) {
      out.add(Taxonomy.eventType(v).orElseThrow(() -> new InvalidQueryException("bad_event_type",
          "event_type '" + NamedParameters.clip(v) + "' is unknown: expected one of "
              + String.join(", ", Taxonomy.SUB_TYPES.keySet()))));
    }
    return out;
  }

  private static List<String> subEventTypes(NamedParameters p) throws InvalidQueryException {
    List<String> out = new ArrayList<>();
    for (String v : p.all("sub_event_type")) {
      out.add(Taxonomy.subEventType(v).map(Map.Entry::getValue).orElseThrow(() ->
          new InvalidQueryException("bad_sub_event_type", "sub_event_type '" + NamedParameters.clip(v)
              + "' is unknown: expected an ACLED sub-event type such as Armed clash, "
              + "Shelling/artillery/missile attack or Air/drone strike (see GET /api/facets)")));
    }
    return out;
  }

  private static List<String> tags(NamedParameters p) throws InvalidQueryException {
    List<String> out = new ArrayList<>();
    for (String v : p.all("tag")) {
      String t = v.strip().toLowerCase(Locale.ROOT);
      if (!Taxonomy.TAGS.contains(t)) {
        throw new InvalidQueryException("bad_tag", "tag '" + NamedParameters.clip(v)
            + "' is unknown: expected one of " + String.join(", ", Taxonomy.TAGS));
      }
      out.add(t);
    }
    return out;
  }
}
