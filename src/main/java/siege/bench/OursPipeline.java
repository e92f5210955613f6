package siege.bench;

import java.nio.file.Path;
import siege.search.SearchService;

/**
 * Our pipeline as the benchmark sees it: how to build an index from a corpus folder (parse +
 * extract + index) and how to open our {@link SearchService} on it. The CLI wires the real
 * implementations in; the benchmark only calls these two.
 *
 * <pre>{@code
 * new BenchRunner(options, new OursPipeline(
 *     (corpus, index) -> myIndexer.build(corpus, index).documents(),
 *     index -> MySearchService.open(index)));
 * }</pre>
 *
 * @param indexer builds our index; must write into the given (empty) folder and return once the
 *     index is committed and can be opened
 * @param searchService opens our search service on an index {@code indexer} built
 */
public record OursPipeline(CorpusIndexer indexer, SearchServiceOpener searchService) {

  /** Opens a {@link SearchService} on an index folder. */
  @FunctionalInterface
  public interface SearchServiceOpener {
    SearchService open(Path indexDir) throws Exception;
  }

  public OursPipeline {
    if (indexer == null || searchService == null) throw new IllegalArgumentException("both hooks are required");
  }
}
