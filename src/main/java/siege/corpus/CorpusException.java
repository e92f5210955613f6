package siege.corpus;

/**
 * A corpus file that cannot be read or parsed. The message is the whole user-facing line:
 * {@code file:line: what is wrong} (line omitted when it concerns the whole file).
 */
public class CorpusException extends Exception {
  private final String file;
  private final int line;
  private final String problem;

  public CorpusException(String file, int line, String problem) {
    super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  public String file() {
    return file;
  }

  /** 1-based line, or 0 when the problem concerns the whole file. */
  public int line() {
    return line;
  }

  public String problem() {
    return problem;
  }
}
