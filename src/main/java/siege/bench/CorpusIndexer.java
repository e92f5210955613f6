package siege.bench;

import java.nio.file.Path;

/**
 * An indexing pipeline under test: reads every file of a corpus folder and writes a new index.
 * The raw-Lucene baseline is one; the lead plugs ours in (parse + extract + index) with a lambda.
 */
@FunctionalInterface
public interface CorpusIndexer {
  /**
   * Indexes every corpus file of {@code corpusDir} into a new index in {@code indexDir} (absent or
   * empty) and returns when the index is committed.
   *
   * @return the number of Lucene documents written
   */
  long index(Path corpusDir, Path indexDir) throws Exception;
}
