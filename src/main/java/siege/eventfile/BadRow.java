package siege.eventfile;

/** A row that cannot become an event record; the reader adds file and line and skips the row. */
final class BadRow extends Exception {
  BadRow(String problem) {
    super(problem, null, false, false);
  }
}
