package siege.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Maps items on worker threads, a bounded number ahead, and hands the results to the calling
 * thread in the items' order: parallel work with ordered, single-threaded consumption. With one
 * worker it still overlaps the work with the consumer. Exceptions of the work reach the consumer's
 * thread as they were thrown (IOException, RuntimeException, Error).
 *
 * @param <T> item
 * @param <R> result
 */
final class InOrder<T, R> implements AutoCloseable {
  /** Work that may fail with an IOException. */
  @FunctionalInterface
  interface Work<T, R> {
    R apply(T item) throws IOException;
  }

  /** Consumes results in order. */
  @FunctionalInterface
  interface Consumer<T, R> {
    void accept(T item, R result) throws IOException;
  }

  private final ExecutorService pool;
  private final Work<T, R> work;
  private final int ahead;

  InOrder(int workers, Work<T, R> work) {
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "siege-index-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.work = work;
    this.ahead = 2 * workers;
  }

  void forEach(List<T> items, Consumer<T, R> consumer) throws IOException {
    Deque<Future<R>> pending = new ArrayDeque<>();
    int next = 0;
    for (int i = 0; i < items.size(); i++) {
      while (next < items.size() && pending.size() < ahead) {
        T item = items.get(next++);
        pending.add(pool.submit(() -> work.apply(item)));
      }
      consumer.accept(items.get(i), result(pending.poll()));
    }
  }

  private R result(Future<R> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while indexing", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) throw io;
      if (cause instanceof UncheckedIOException io) throw io.getCause();
      if (cause instanceof RuntimeException re) throw re;
      if (cause instanceof Error err) throw err;
      throw new IOException(cause);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
