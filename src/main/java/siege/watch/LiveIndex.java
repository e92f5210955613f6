package siege.watch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siege.index.CorpusIndexer;
import siege.index.IndexSummary;
import siege.search.SearchService;

/**
 * Keeps a served index in step with its corpus folder: when the {@link CorpusWatcher} sees files
 * added, changed or removed (and settled), the index is updated incrementally
 * ({@link CorpusIndexer#update}, one commit, only the changed files) and the service's searchers
 * are refreshed, so the change is searchable without a restart. Searches running meanwhile keep
 * the searcher they acquired. A file that fails to parse is logged ({@code file:line: what is
 * wrong}) and keeps its previous version; an update that fails (disk full) leaves the previous
 * index serving and is tried again.
 */
public final class LiveIndex implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveIndex.class);

  private final Path corpus;
  private final Path indexDir;
  private final CorpusIndexer indexer;
  private final SearchService service;
  private final AtomicLong updates = new AtomicLong();
  private volatile IndexSummary last;
  private CorpusWatcher watcher;

  private LiveIndex(Path corpus, Path indexDir, CorpusIndexer indexer, SearchService service) {
    this.corpus = corpus;
    this.indexDir = indexDir;
    this.indexer = indexer;
    this.service = service;
  }

  /** Starts watching {@code corpus} with the watcher's default quiet period and scan interval. */
  public static LiveIndex start(Path corpus, Path indexDir, CorpusIndexer indexer, SearchService service)
      throws IOException {
    return start(corpus, indexDir, indexer, service, CorpusWatcher.DEFAULT_QUIET, CorpusWatcher.DEFAULT_SCAN_INTERVAL);
  }

  public static LiveIndex start(Path corpus, Path indexDir, CorpusIndexer indexer, SearchService service,
      Duration quiet, Duration scanInterval) throws IOException {
    LiveIndex live = new LiveIndex(corpus, indexDir, indexer, service);
    live.watcher = CorpusWatcher.start(corpus, quiet, scanInterval, live::apply);
    return live;
  }

  private void apply() throws IOException {
    IndexSummary s = indexer.update(corpus, indexDir);
    for (String problem : s.problems()) LOG.warn("{}", problem);
    if (s.mode() != IndexSummary.Mode.UNCHANGED) {
      service.refresh();
      updates.incrementAndGet();
      LOG.info("corpus change indexed in {} ms: {} files written, {} removed, {} unchanged; now serving {}",
          s.millis(), s.filesWritten(), s.filesRemoved(), s.filesUnchanged(), service.indexVersion());
    }
    last = s;
  }

  /** Updates that changed the index so far. */
  public long updates() {
    return updates.get();
  }

  /** The last update's summary, null before the first. */
  public IndexSummary lastSummary() {
    return last;
  }

  @Override
  public void close() {
    if (watcher != null) watcher.close();
  }
}
