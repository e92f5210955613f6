package siege.index;

import java.util.List;

/**
 * What an indexing run did. The record counts are of what this run wrote: everything for a
 * rebuild, only the added and changed files for an update.
 *
 * @param reports reports indexed
 * @param paragraphs paragraphs indexed
 * @param events event records indexed (extracted from reports plus event-file rows)
 * @param eventFileRows event-file rows indexed
 * @param skippedFiles files not indexed (or indexed only in part) because they are bad
 * @param skippedRows event-file rows skipped
 * @param problems one line per bad file or row: {@code file:line: what is wrong}
 * @param millis time taken
 * @param mode whether the index was rebuilt, updated, or left as it was
 * @param filesWritten corpus files (re)indexed by this run
 * @param filesUnchanged corpus files skipped because their content hash had not changed
 * @param filesRemoved corpus files gone from the folder whose documents were deleted
 */
public record IndexSummary(
    int reports,
    int paragraphs,
    int events,
    int eventFileRows,
    int skippedFiles,
    int skippedRows,
    List<String> problems,
    long millis,
    Mode mode,
    int filesWritten,
    int filesUnchanged,
    int filesRemoved) {

  /** What a run did to the index. */
  public enum Mode {
    /** A new index replaced the old one (or there was none). */
    REBUILT,
    /** Changed, added and removed files were applied to the existing index in one commit. */
    UPDATED,
    /** Nothing had changed (or nothing could be applied): no commit was made. */
    UNCHANGED
  }

  public IndexSummary {
    problems = List.copyOf(problems);
  }

  /** A rebuild's summary (the shape before incremental updates existed). */
  public IndexSummary(int reports, int paragraphs, int events, int eventFileRows, int skippedFiles,
      int skippedRows, List<String> problems, long millis) {
    this(reports, paragraphs, events, eventFileRows, skippedFiles, skippedRows, problems, millis,
        Mode.REBUILT, reports, 0, 0);
  }

  /** True when every file and row was indexed. */
  public boolean allIndexed() {
    return skippedFiles == 0 && skippedRows == 0 && problems.isEmpty();
  }
}
