package siege.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siege.schema.SchemaVersion;

/**
 * Makes an index folder ready to serve a corpus before a server opens it: builds it when missing,
 * rebuilds it when it is corrupt, of another schema version or when asked, otherwise updates it
 * incrementally. When writing fails (disk full, unwritable folder) and a healthy index of the
 * current schema is there, that index is served as it was.
 */
public final class IndexStartup {
  private static final Logger LOG = LoggerFactory.getLogger(IndexStartup.class);

  /** What was done. */
  public enum Action { SERVED_AS_IS, UPDATED, BUILT, REBUILT, REBUILT_AFTER_CORRUPTION, KEPT_AFTER_FAILURE }

  /**
   * @param action what was done
   * @param message one line for people (also logged)
   * @param summary the indexing run's summary, null when nothing was indexed
   */
  public record Outcome(Action action, String message, IndexSummary summary) {}

  private IndexStartup() {}

  /**
   * @param rebuild rebuild from scratch even when the index is healthy and current
   * @throws NoSuchFileException when there is neither a corpus folder nor an index to serve
   * @throws IOException when no index can be served (none could be built)
   */
  public static Outcome prepare(Path corpus, Path indexDir, boolean rebuild, CorpusIndexer indexer) throws IOException {
    IndexHealth health = IndexHealth.check(indexDir);
    IndexStatus status = health.healthy() ? IndexStatus.read(indexDir) : IndexStatus.MISSING;
    boolean servable = health.healthy() && status.currentSchema();
    if (!Files.isDirectory(corpus)) {
      if (health.healthy()) return outcome(Action.SERVED_AS_IS, "corpus folder " + corpus
          + " not found: serving the existing index as it is", null);
      throw new NoSuchFileException(corpus.toString(), null, "corpus folder not found and no index in " + indexDir);
    }
    try {
      switch (health.state()) {
        case MISSING -> {
          return outcome(Action.BUILT, "no index yet: built it", indexer.rebuild(corpus, indexDir));
        }
        case CORRUPT -> {
          LOG.error("the index in {} is corrupt ({}): rebuilding it from the corpus {}", indexDir, health.problem(), corpus);
          return outcome(Action.REBUILT_AFTER_CORRUPTION, "the index in " + indexDir + " was corrupt ("
              + health.problem() + "): rebuilt it from the corpus", rebuildCorrupt(corpus, indexDir, indexer));
        }
        default -> {
          if (rebuild) return outcome(Action.REBUILT, "rebuilt the index as asked", indexer.rebuild(corpus, indexDir));
          if (!status.currentSchema()) {
            return outcome(Action.REBUILT, status.schemaVersion() == SchemaVersion.CURRENT
                ? "the index was built with another thesaurus: rebuilt it"
                : "the index was of schema version " + status.schemaVersion()
                    + ", this program reads " + SchemaVersion.CURRENT + ": rebuilt it", indexer.rebuild(corpus, indexDir));
          }
          if (status.corpusUnchanged(corpus)) {
            return outcome(Action.SERVED_AS_IS, "the index is up to date (no corpus file changed since it was indexed)", null);
          }
          IndexSummary s = indexer.update(corpus, indexDir);
          return s.mode() == IndexSummary.Mode.UNCHANGED
              ? outcome(Action.SERVED_AS_IS, "the index is up to date", s)
              : outcome(Action.UPDATED, "updated the index: " + s.filesWritten() + " files indexed, "
                  + s.filesRemoved() + " removed, " + s.filesUnchanged() + " unchanged", s);
        }
      }
    } catch (NoSuchFileException e) {
      throw e;
    } catch (IOException e) {
      if (!servable) throw e;
      return outcome(Action.KEPT_AFTER_FAILURE, "could not update the index in " + indexDir + " (" + e.getMessage()
          + "): serving the previous one", null);
    }
  }

  /** Rebuilds over a corrupt index; when even that fails to open it, clears the Lucene files first. */
  private static IndexSummary rebuildCorrupt(Path corpus, Path indexDir, CorpusIndexer indexer) throws IOException {
    try {
      return indexer.rebuild(corpus, indexDir);
    } catch (IOException e) {
      LOG.warn("could not rebuild over the corrupt index ({}): deleting its files and building afresh", e.toString());
      IndexHealth.deleteIndexFiles(indexDir);
      return indexer.rebuild(corpus, indexDir);
    }
  }

  private static Outcome outcome(Action action, String message, IndexSummary summary) {
    if (action == Action.KEPT_AFTER_FAILURE) LOG.error(message);
    else LOG.info(message);
    return new Outcome(action, message, summary);
  }
}
