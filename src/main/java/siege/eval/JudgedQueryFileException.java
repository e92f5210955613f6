package siege.eval;

/** A judged query file that cannot be used; the message is {@code file:line: what is wrong}. */
public class JudgedQueryFileException extends Exception {
  public JudgedQueryFileException(String message) {
    super(message);
  }
}
