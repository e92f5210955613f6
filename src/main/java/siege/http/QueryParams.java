package siege.http;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import siege.search.NamedParameters;

/**
 * The HTTP side of query parameters: which names an endpoint accepts. Their values are read and
 * checked by {@link NamedParameters} and {@link siege.search.SearchParameters}, the same code the
 * CLI uses.
 */
final class QueryParams {
  private QueryParams() {}

  /**
   * Checks every name of {@code raw} is in {@code accepted}.
   *
   * @throws ApiException 400 unknown_parameter listing the accepted names
   */
  static NamedParameters checkNames(Map<String, List<String>> raw, Set<String> accepted) {
    return checkNames(raw, accepted, Map.of());
  }

  /**
   * As {@link #checkNames(Map, Set)}, with a tailored reason for some refused names (e.g. why
   * {@code page} means nothing to an export).
   */
  static NamedParameters checkNames(Map<String, List<String>> raw, Set<String> accepted, Map<String, String> whyRefused) {
    for (String name : raw.keySet()) {
      if (!accepted.contains(name)) {
        String list = accepted.isEmpty() ? "none" : String.join(", ", new TreeSet<>(accepted));
        String why = whyRefused.containsKey(name) ? " (" + whyRefused.get(name) + ")" : "";
        throw ApiException.badRequest("unknown_parameter", "unknown parameter '" + NamedParameters.clip(name)
            + "'" + why + ": accepted parameters are " + list);
      }
    }
    return NamedParameters.of(raw);
  }
}
