package siege.search;

import java.util.List;
import java.util.Map;

/**
 * Named string parameters as a query string or a command line gives them (a name to its values),
 * read with clear refusals. Blank values count as absent (an empty form field), so
 * {@code month=} is the same as no month. Every refusal is an {@link InvalidQueryException} whose
 * code and message name the parameter and say what is expected; user input quoted in a message is
 * clipped ({@link #clip}).
 */
public final class NamedParameters {
  /** Longest accepted value of a repeatable parameter. */
  public static final int MAX_VALUE_LENGTH = 200;
  /** Most values a repeatable parameter may have. */
  public static final int MAX_VALUES = 50;
  private static final int CLIP = 60;

  private final Map<String, List<String>> values;

  private NamedParameters(Map<String, List<String>> values) {
    this.values = values;
  }

  public static NamedParameters of(Map<String, List<String>> values) {
    return new NamedParameters(values == null ? Map.of() : values);
  }

  /**
   * The single value of {@code name}, or null when absent or blank.
   *
   * @throws InvalidQueryException repeated_parameter when given more than once
   */
  public String single(String name) throws InvalidQueryException {
    List<String> vs = nonBlank(name);
    if (vs.size() > 1) {
      throw new InvalidQueryException("repeated_parameter",
          "parameter '" + name + "' was given " + vs.size() + " times: give it at most once");
    }
    return vs.isEmpty() ? null : vs.get(0);
  }

  /**
   * Every non-blank value of a repeatable parameter.
   *
   * @throws InvalidQueryException too_many_values over {@link #MAX_VALUES} values,
   *     parameter_too_long for a value over {@link #MAX_VALUE_LENGTH} characters
   */
  public List<String> all(String name) throws InvalidQueryException {
    List<String> vs = nonBlank(name);
    if (vs.size() > MAX_VALUES) {
      throw new InvalidQueryException("too_many_values", "parameter '" + name + "' was given "
          + vs.size() + " times: at most " + MAX_VALUES + " values are accepted");
    }
    for (String v : vs) checkLength(name, v, MAX_VALUE_LENGTH);
    return vs;
  }

  /**
   * An integer parameter in {@code [min, max]}, {@code dflt} when absent.
   *
   * @throws InvalidQueryException {@code bad_<name>} when not an integer or out of range
   */
  public int integer(String name, int dflt, int min, int max) throws InvalidQueryException {
    String v = single(name);
    if (v == null) return dflt;
    String expected = "expected an integer from " + min + " to " + max;
    String s = v.strip();
    if (!s.matches("[+-]?\\d{1,10}")) {
      throw new InvalidQueryException("bad_" + name, "parameter '" + name + "' is '" + clip(v) + "': " + expected);
    }
    long n = Long.parseLong(s);
    if (n < min || n > max) {
      throw new InvalidQueryException("bad_" + name, "parameter '" + name + "' is " + n + ": " + expected);
    }
    return (int) n;
  }

  /**
   * The single value of a free-text parameter such as {@code q}, at most {@code maxLength}
   * characters; null when absent or blank.
   */
  public String text(String name, int maxLength) throws InvalidQueryException {
    String v = single(name);
    if (v != null) checkLength(name, v, maxLength);
    return v;
  }

  /**
   * @throws InvalidQueryException query_too_long (for {@code q}) or parameter_too_long
   */
  static void checkLength(String name, String value, int max) throws InvalidQueryException {
    if (value.length() > max) {
      throw new InvalidQueryException(name.equals("q") ? "query_too_long" : "parameter_too_long",
          "parameter '" + name + "' is " + value.length() + " characters long: at most " + max + " are accepted");
    }
  }

  /** {@code s} cut to a readable length with control characters made visible, for messages. */
  public static String clip(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder();
    s.codePoints().limit(CLIP).forEach(cp -> {
      if (Character.isISOControl(cp)) b.append(String.format("\\u%04x", cp));
      else b.appendCodePoint(cp);
    });
    if (s.codePointCount(0, s.length()) > CLIP) b.append("...");
    return b.toString();
  }

  private List<String> nonBlank(String name) {
    return values.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank()).toList();
  }
}
