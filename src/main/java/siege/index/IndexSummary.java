package siege.index;

import java.util.List;

/**
 * What an indexing run did.
 *
 * @param reports reports indexed
 * @param paragraphs paragraphs indexed
 * @param events event records indexed (extracted from reports plus event-file rows)
 * @param eventFileRows event-file rows indexed
 * @param skippedFiles files not indexed (or indexed only in part) because they are bad
 * @param skippedRows event-file rows skipped
 * @param problems one line per bad file or row: {@code file:line: what is wrong}
 * @param millis time taken
 */
public record IndexSummary(
    int reports,
    int paragraphs,
    int events,
    int eventFileRows,
    int skippedFiles,
    int skippedRows,
    List<String> problems,
    long millis) {

  public IndexSummary {
    problems = List.copyOf(problems);
  }

  /** True when every file and row was indexed. */
  public boolean allIndexed() {
    return skippedFiles == 0 && skippedRows == 0 && problems.isEmpty();
  }
}
