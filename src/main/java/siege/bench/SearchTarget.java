package siege.bench;

/**
 * Something the search load can run queries against: raw Lucene, or our {@code SearchService}
 * through {@link SearchServiceTarget}. Must be safe to call from several threads at once.
 */
public interface SearchTarget extends AutoCloseable {
  /**
   * Runs one query (page 1, top 10, with facets unless the target is configured without) and
   * returns its total hit count, so the work cannot be skipped.
   */
  long execute(BenchQuery query) throws Exception;

  @Override
  default void close() throws Exception {}
}
