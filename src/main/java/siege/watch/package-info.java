/**
 * Keeping a served index in step with its corpus folder ({@code serve --watch}).
 *
 * <p>{@link siege.watch.CorpusWatcher} notices files added, changed or removed (the JDK's
 * WatchService, plus a scan every second for file systems that send no events), waits until the
 * folder has been quiet for 300 ms (so a file still being copied is not read half-way; hidden and
 * temporary names are not corpus files), then calls its listener; a failed call is retried with a
 * growing pause. {@link siege.watch.LiveIndex} is that listener: an incremental
 * {@link siege.index.CorpusIndexer#update} (one commit, only the changed files) followed by
 * {@link siege.search.SearchService#refresh()}.
 */
package siege.watch;
