package siege.http;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one request, checked against the names an endpoint accepts. Blank
 * values count as absent (an empty form field), so {@code ?month=} is the same as no month.
 */
final class QueryParams {
  /** Longest accepted value of any parameter other than {@code q}. */
  static final int MAX_VALUE_LENGTH = 200;
  /** Most values a repeatable parameter may have. */
  static final int MAX_VALUES = 50;

  private final Map<String, List<String>> values;

  private QueryParams(Map<String, List<String>> values) {
    this.values = values;
  }

  /**
   * Wraps {@code raw} after checking every name is in {@code accepted}.
   *
   * @throws ApiException 400 unknown_parameter listing the accepted names
   */
  static QueryParams of(Map<String, List<String>> raw, Set<String> accepted) {
    for (String name : raw.keySet()) {
      if (!accepted.contains(name)) {
        String list = accepted.isEmpty() ? "none" : String.join(", ", new TreeSet<>(accepted));
        throw ApiException.badRequest("unknown_parameter",
            "unknown parameter '" + Text.clip(name) + "': accepted parameters are " + list);
      }
    }
    return new QueryParams(raw);
  }

  /**
   * The single value of {@code name}, or null when absent or blank.
   *
   * @throws ApiException 400 repeated_parameter when given more than once
   */
  String single(String name) {
    List<String> vs = nonBlank(name);
    if (vs.size() > 1) {
      throw ApiException.badRequest("repeated_parameter",
          "parameter '" + name + "' was given " + vs.size() + " times: give it at most once");
    }
    return vs.isEmpty() ? null : vs.get(0);
  }

  /** Every non-blank value of a repeatable parameter, each at most {@link #MAX_VALUE_LENGTH} chars. */
  List<String> all(String name) {
    List<String> vs = nonBlank(name);
    if (vs.size() > MAX_VALUES) {
      throw ApiException.badRequest("too_many_values",
          "parameter '" + name + "' was given " + vs.size() + " times: at most " + MAX_VALUES + " values are accepted");
    }
    for (String v : vs) checkLength(name, v, MAX_VALUE_LENGTH);
    return vs;
  }

  /**
   * An integer parameter in {@code [min, max]}, {@code dflt} when absent.
   *
   * @throws ApiException 400 {@code bad_<name>} when not an integer or out of range
   */
  int integer(String name, int dflt, int min, int max) {
    String v = single(name);
    if (v == null) return dflt;
    String expected = "expected an integer from " + min + " to " + max;
    String s = v.strip();
    if (!s.matches("[+-]?\\d{1,10}")) {
      throw ApiException.badRequest("bad_" + name,
          "parameter '" + name + "' is '" + Text.clip(v) + "': " + expected);
    }
    long n = Long.parseLong(s);
    if (n < min || n > max) {
      throw ApiException.badRequest("bad_" + name,
          "parameter '" + name + "' is " + n + ": " + expected);
    }
    return (int) n;
  }

  static void checkLength(String name, String value, int max) {
    if (value.length() > max) {
      throw ApiException.badRequest(name.equals("q") ? "query_too_long" : "parameter_too_long",
          "parameter '" + name + "' is " + value.length() + " characters long: at most " + max + " are accepted");
    }
  }

  private List<String> nonBlank(String name) {
    return values.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank()).toList();
  }
}
