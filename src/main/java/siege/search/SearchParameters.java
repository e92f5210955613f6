package siege.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import siege.model.Kind;

/**
 * Builds a {@link SearchRequest} from named string parameters as the HTTP API and the CLI receive
 * them ({@code q, kind, month, actor, event_type, sub_event_type, tag, report, from, to, sort,
 * page, size}), with a clear {@link InvalidQueryException} ("bad_parameter") for a value that is
 * not of the expected form. Unknown parameter names are the caller's business.
 */
public final class SearchParameters {
  /** The parameter names this class reads. */
  public static final List<String> NAMES = List.of("q", "kind", "month", "actor", "event_type",
      "sub_event_type", "tag", "report", "from", "to", "sort", "page", "size");

  private SearchParameters() {}

  public static SearchRequest parse(Map<String, List<String>> params) throws InvalidQueryException {
    String q = single(params, "q");
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    for (String k : all(params, "kind")) {
      try {
        kinds.add(Kind.fromLabel(k));
      } catch (IllegalArgumentException e) {
        throw new InvalidQueryException("bad_parameter", "kind: " + e.getMessage());
      }
    }
    SortOrder sort = SortOrder.RELEVANCE;
    String s = single(params, "sort");
    if (s != null && !s.isBlank()) {
      try {
        sort = SortOrder.fromLabel(s.strip());
      } catch (IllegalArgumentException e) {
        throw new InvalidQueryException("bad_parameter", "sort: " + e.getMessage());
      }
    }
    return new SearchRequest(q, kinds, all(params, "month"), all(params, "actor"),
        all(params, "event_type"), all(params, "sub_event_type"), all(params, "tag"),
        all(params, "report"), date(params, "from"), date(params, "to"), sort,
        integer(params, "page", 1), integer(params, "size", SearchRequest.DEFAULT_SIZE));
  }

  private static List<String> all(Map<String, List<String>> params, String name) {
    List<String> v = params.get(name);
    return v == null ? List.of() : v.stream().filter(x -> x != null && !x.isBlank()).map(String::strip).toList();
  }

  private static String single(Map<String, List<String>> params, String name) throws InvalidQueryException {
    List<String> v = params.get(name);
    if (v == null || v.isEmpty()) return null;
    if (v.size() > 1) {
      throw new InvalidQueryException("bad_parameter", name + " may be given only once (found " + v.size() + ")");
    }
    return v.get(0);
  }

  private static LocalDate date(Map<String, List<String>> params, String name) throws InvalidQueryException {
    String v = single(params, name);
    if (v == null || v.isBlank()) return null;
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidQueryException("bad_parameter", name + " '" + v + "' is not a date: expected YYYY-MM-DD, e.g. 2023-09-21");
    }
  }

  private static int integer(Map<String, List<String>> params, String name, int dflt) throws InvalidQueryException {
    String v = single(params, name);
    if (v == null || v.isBlank()) return dflt;
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new InvalidQueryException("bad_parameter", name + " '" + v + "' is not a whole number");
    }
  }
}
