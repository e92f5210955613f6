package siege.index;

/** Told as corpus files are indexed; the CLI draws a progress bar from it. */
@FunctionalInterface
public interface IndexProgress {
  IndexProgress NONE = (done, total, events) -> {};

  /**
   * @param filesDone files indexed so far
   * @param filesTotal files to index
   * @param events event records indexed so far
   */
  void update(int filesDone, int filesTotal, long events);
}
