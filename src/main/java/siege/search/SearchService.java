package siege.search;

import java.io.Closeable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The search engine as the CLI and the HTTP layer see it. Implementations are thread-safe and pick
 * up a rebuilt index without a restart.
 */
public interface SearchService extends Closeable {

  SearchResult search(SearchRequest request) throws InvalidQueryException;

  /**
   * Streams every event record matching the request (all pages, in the request's sort order),
   * for exports. Kinds other than event in the request are ignored.
   */
  void forEachEvent(SearchRequest request, java.util.function.Consumer<siege.model.EventRecord> sink)
      throws InvalidQueryException;

  /** Up to {@code count} completions for what a user has typed so far. */
  List<String> suggest(String prefix, int count) throws InvalidQueryException;

  /** An event record by id ("siege-of-timbuktu#e9"). */
  Optional<SearchHit> event(String id);

  /** A report with its paragraphs and events. */
  Optional<ReportView> report(String id);

  /** Every facet's values with counts over the whole index. */
  Map<String, List<FacetValue>> facets();

  /** Number of documents in the index (all kinds). */
  long documentCount();

  /** An opaque version of the index being served (changes when the index is rebuilt). */
  String indexVersion();

  /**
   * The version of the index snapshot answering now, read without locking or allocating (for
   * response caches): a new value, never an old one again, each time a refresh publishes a new
   * snapshot; the same value for as long as that snapshot serves. Null when the service cannot
   * tell, and then its answers must not be cached.
   */
  default String snapshotVersion() {
    return null;
  }

  /** False while the index is still being prepared (a server answers /health 503 starting). */
  default boolean ready() {
    return true;
  }

  /** Picks up index changes now (normally done in the background). */
  void refresh();
}
