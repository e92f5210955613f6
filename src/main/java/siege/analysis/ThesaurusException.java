package siege.analysis;

/** A thesaurus file that cannot be read or parsed; the message is {@code file:line: what is wrong}. */
public class ThesaurusException extends RuntimeException {
  public ThesaurusException(String message, Throwable cause) {
    super(message, cause);
  }

  public ThesaurusException(String message) {
    super(message);
  }
}
