package siege.search;

/**
 * A request the user can fix: bad syntax, an unknown value, a result window too deep. {@code code}
 * is a short machine-readable word (e.g. "bad_query", "bad_parameter", "too_deep"); the message
 * says what was wrong and what is expected.
 */
public class InvalidQueryException extends Exception {
  private final String code;

  public InvalidQueryException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
