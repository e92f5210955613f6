package siege.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a corpus folder and calls a listener once files were added, changed or removed and the
 * folder has then been quiet (no size or modification time changing) for a short period, so a file
 * still being copied is not read half-way.
 *
 * <p>Changes are noticed by the JDK's {@link WatchService} (inotify on Linux: at once) and by a
 * scan every {@code scanInterval} as a fallback for file systems that send no events (network and
 * some container mounts). Both only wake the one watcher thread, which compares the folder with
 * the state the listener last handled. A listener that fails is called again after a growing
 * pause (1 s, 2 s, 4 s ... at most a minute) until it succeeds; the folder state it failed on is
 * not taken as handled.
 */
public final class CorpusWatcher implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(CorpusWatcher.class);
  /** Quiet time before a changed folder is handled. */
  public static final Duration DEFAULT_QUIET = Duration.ofMillis(300);
  /** Fallback scan period. */
  public static final Duration DEFAULT_SCAN_INTERVAL = Duration.ofSeconds(1);
  /** Longest wait for a folder that keeps changing; after it the change is handled anyway. */
  public static final Duration MAX_SETTLE = Duration.ofSeconds(30);
  private static final long MAX_BACKOFF_MILLIS = 60_000;

  /** Told when the folder changed and settled. */
  @FunctionalInterface
  public interface Listener {
    void corpusChanged() throws Exception;
  }

  private final Path folder;
  private final Duration quiet;
  private final Duration scanInterval;
  private final Listener listener;
  private final Thread thread;
  private final Object lock = new Object();
  private volatile boolean running = true;
  /** True while the listener runs: close() then waits instead of interrupting (Lucene must not be interrupted). */
  private boolean listening;
  private WatchService watchService;
  /** The state the listener last handled; null at first, so the first scan always calls it once. */
  private FolderState handled;
  /** The state the listener last handled; null at first, so the first scan always calls it once. */
  /**
   * @param folder the corpus folder
   * @param initial the state the index already reflects (changes are relative to it)
   */
  private CorpusWatcher(Path folder, Duration quiet, Duration scanInterval, Listener listener) {
    this.folder = folder;
    this.quiet = quiet;
    this.scanInterval = scanInterval;
    this.listener = listener;
    this.thread = new Thread(this::run, "siege-corpus-watch");
    this.thread.setDaemon(true);
  }

  /** Starts watching with the default quiet period and scan interval. */
  public static CorpusWatcher start(Path folder, Listener listener) throws IOException {
    return start(folder, DEFAULT_QUIET, DEFAULT_SCAN_INTERVAL, listener);
  }

  /**
   * Starts watching {@code folder}. The listener is called once at the first scan whatever the
   * state, so changes made between preparing the index and starting the watcher are not missed.
   *
   * @throws IOException when the folder cannot be listed
   */
  public static CorpusWatcher start(Path folder, Duration quiet, Duration scanInterval, Listener listener)
      throws IOException {
    CorpusWatcher w = new CorpusWatcher(folder, quiet, scanInterval, listener);
    FolderState.read(folder); // fails now, clearly, when the folder cannot be listed
    try {
      WatchService ws = folder.getFileSystem().newWatchService();
      folder.register(ws, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
      w.watchService = ws;
    } catch (IOException | UnsupportedOperationException e) {
      LOG.warn("cannot watch {} for changes ({}): scanning it every {} ms instead", folder, e, scanInterval.toMillis());
    }
    w.thread.start();
    LOG.info("watching {} for changes (quiet period {} ms, scan every {} ms)", folder, quiet.toMillis(),
        scanInterval.toMillis());
    return w;
  }

  private void run() {
    int failures = 0;
    long retryAt = 0;
    while (running) {
      try {
        waitForWakeUp();
        if (!running) break;
        FolderState now = FolderState.read(folder);
        if (now.equals(handled) || System.currentTimeMillis() < retryAt) continue;
        now = settle(now);
        if (!running) break;
        synchronized (lock) {
          if (!running) break;
          listening = true;
        }
        try {
          listener.corpusChanged();
          handled = now;
          failures = 0;
          retryAt = 0;
        } catch (Exception e) {
          failures++;
          long pause = Math.min(MAX_BACKOFF_MILLIS, 1000L << Math.min(failures - 1, 16));
          retryAt = System.currentTimeMillis() + pause;
          LOG.error("updating the index after a corpus change failed ({}); trying again in {} s", e, pause / 1000);
        } finally {
          synchronized (lock) {
            listening = false;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (ClosedWatchServiceException e) {
        break;
      } catch (IOException | RuntimeException e) {
        LOG.warn("cannot read the corpus folder {} ({}): will look again", folder, e.toString());
        sleepQuietly(scanInterval.toMillis());
      }
    }
    LOG.debug("corpus watcher stopped");
  }

  /** Blocks until a file event arrives or a scan is due; drains the events. */
  private void waitForWakeUp() throws InterruptedException {
    if (watchService == null) {
      Thread.sleep(scanInterval.toMillis());
      return;
    }
    WatchKey key = watchService.poll(scanInterval.toMillis(), TimeUnit.MILLISECONDS);
    drain(key);
  }

  private void drain(WatchKey key) {
    while (key != null) {
      key.pollEvents();
      key.reset();
      key = watchService.poll();
    }
  }

  /** Waits until two states a quiet period apart are equal; returns the settled state. */
  private FolderState settle(FolderState state) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + MAX_SETTLE.toNanos();
    while (running) {
      Thread.sleep(quiet.toMillis());
      if (watchService != null) drain(watchService.poll());
      FolderState later = FolderState.read(folder);
      if (later.equals(state)) return state;
      state = later;
      if (System.nanoTime() > deadline) {
        LOG.warn("files in {} kept changing for {} s: indexing them as they are now", folder, MAX_SETTLE.toSeconds());
        return state;
      }
    }
    return state;
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops watching and waits for an update in progress to finish. */
  @Override
  public void close() {
    synchronized (lock) {
      running = false;
      if (!listening) thread.interrupt();
    }
    try {
      if (watchService != null) watchService.close();
    } catch (IOException e) {
      LOG.debug("closing the watch service: {}", e.toString());
    }
    try {
      thread.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
