package siege.search;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import siege.model.Taxonomy;

/** Checks a {@link SearchRequest} before any search runs; each failure names the parameter. */
final class RequestValidator {
  /** Hits beyond this rank are never returned (page * size must stay within it). */
  static final int RESULT_WINDOW = 10_000;
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final int MAX_FILTER_VALUES = 100;

  private RequestValidator() {}

  static void validate(SearchRequest r, int maxSize) throws InvalidQueryException {
    UserQueries.checkLength(r.query());
    int max = Math.min(maxSize, RESULT_WINDOW);
    if (r.size() < 1 || r.size() > max) {
      throw new InvalidQueryException("bad_parameter", "size must be between 1 and " + max
          + " (found " + r.size() + ")");
    }
    if (r.page() < 1) {
      throw new InvalidQueryException("bad_parameter", "page must be 1 or more (found " + r.page() + ")");
    }
    if ((long) r.page() * r.size() > RESULT_WINDOW) {
      throw new InvalidQueryException("too_deep", "page " + r.page() + " of size " + r.size()
          + " is beyond the first " + RESULT_WINDOW + " results: narrow the search with filters instead");
    }
    for (String m : r.months()) checkMonth(m);
    if (r.from() != null && r.to() != null && r.from().isAfter(r.to())) {
      throw new InvalidQueryException("bad_parameter", "from (" + r.from() + ") is after to (" + r.to()
          + "): expected from <= to");
    }
    checkCount("month", r.months());
    checkCount("actor", r.actors());
    checkCount("event_type", r.eventTypes());
    checkCount("sub_event_type", r.subEventTypes());
    checkCount("tag", r.tags());
    checkCount("report", r.reports());
  }

  /** Event types must be ACLED's (any case) or a value present in the index. */
  static void checkTypes(SearchRequest r, KeywordValues values) throws InvalidQueryException {
    for (String t : r.eventTypes()) {
      if (Taxonomy.eventType(t).isEmpty() && !values.contains(siege.schema.Fields.EVENT_TYPE, t)) {
        throw new InvalidQueryException("bad_parameter", "unknown event_type '" + t + "': expected one of "
            + String.join("; ", Taxonomy.SUB_TYPES.keySet()));
      }
    }
    for (String t : r.subEventTypes()) {
      if (Taxonomy.subEventType(t).isEmpty() && !values.contains(siege.schema.Fields.SUB_EVENT_TYPE, t)) {
        throw new InvalidQueryException("bad_parameter", "unknown sub_event_type '" + t
            + "': expected an ACLED sub-event type such as 'Armed clash' or 'Shelling/artillery/missile attack'");
      }
    }
  }

  static void checkMonth(String m) throws InvalidQueryException {
    try {
      if (m == null || !MONTH.matcher(m).matches()) throw new DateTimeParseException("", "", 0);
      YearMonth.parse(m);
    } catch (DateTimeParseException e) {
      throw new InvalidQueryException("bad_parameter", "month '" + m + "' is not a month: expected YYYY-MM, e.g. 2023-09");
    }
  }

  private static void checkCount(String name, List<String> values) throws InvalidQueryException {
    if (values.size() > MAX_FILTER_VALUES) {
      throw new InvalidQueryException("bad_parameter", "at most " + MAX_FILTER_VALUES + " " + name
          + " values are allowed (found " + values.size() + ")");
    }
    for (String v : values) {
      if (v == null || v.isBlank()) {
        throw new InvalidQueryException("bad_parameter", name + " must not be empty");
      }
    }
  }
}
