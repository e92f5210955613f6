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

  /** Picks up index changes now (normally done in the background). */
  void refresh();
}
