package siege.cli;

/** A failure the CLI reports as one line ("error: ...") with its exit code, never a stack trace. */
final class CliException extends RuntimeException {
  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
