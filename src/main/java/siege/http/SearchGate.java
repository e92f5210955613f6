package siege.http;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import siege.search.InvalidQueryException;

/**
 * Runs calls into the search service with two protections: at most {@code maxConcurrent} at once,
 * and a time limit per call (503 {@code timeout}; the call is interrupted). A call beyond the cap
 * waits up to {@link #QUEUE_WAIT} for a permit, with at most {@link #MAX_WAITING} calls waiting, so
 * a burst is smoothed instead of refused; past either bound it gets a quick 503 {@code busy}. A permit is held until the call really ends, so calls that ignore the
 * interrupt still count against the cap.
 */
final class SearchGate implements AutoCloseable {
  /** How long a call beyond the cap waits for a permit before a 503. */
  static final Duration QUEUE_WAIT = Duration.ofMillis(1000);
  /** How many calls may wait for a permit at once; more are refused at once. */
  static final int MAX_WAITING = 256;

  private final Semaphore permits;
  private final AtomicInteger waiting = new AtomicInteger();
  private final ExecutorService workers;
  private final Duration timeout;
  private final Duration queueWait;

  SearchGate(int maxConcurrent, Duration timeout) {
    this(maxConcurrent, timeout, QUEUE_WAIT);
  }

  /** With another wait for a permit beyond the cap (tests: zero, to see any early refusal). */
  SearchGate(int maxConcurrent, Duration timeout, Duration queueWait) {
    this.permits = new Semaphore(maxConcurrent);
    this.timeout = timeout;
    this.queueWait = queueWait;
    AtomicInteger n = new AtomicInteger();
    ThreadFactory threads = r -> {
      Thread t = new Thread(r, "siege-search-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.workers = Executors.newFixedThreadPool(maxConcurrent, threads);
  }

  /** A service call that may refuse its input. */
  @FunctionalInterface
  interface ServiceCall<T> {
    T call() throws InvalidQueryException;
  }

  /**
   * Runs {@code call} under the cap and the time limit.
   *
   * @throws ApiException 503 busy or timeout
   * @throws InvalidQueryException as thrown by the call
   */
  <T> T run(ServiceCall<T> call) throws InvalidQueryException {
    acquire();
    Future<T> future;
    try {
      // the permit is released inside the task, before the future completes: the answer is
      // written (and the client's next request can arrive) only after the permit is back, so a
      // client at exactly the cap never meets its own previous search still holding a permit
      Callable<T> task = () -> {
        try {
          return call.call();
        } finally {
          permits.release();
        }
      };
      future = workers.submit(task);
    } catch (RuntimeException e) { // rejected: the gate is closed
      permits.release();
      throw new ApiException(503, "busy", "the server is shutting down");
    }
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ApiException(503, "timeout", "the search took longer than "
          + timeout.toMillis() + " ms and was stopped: try a narrower query or retry later");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ApiException(503, "busy", "the request was interrupted: retry");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InvalidQueryException iqe) throw iqe;
      if (cause instanceof RuntimeException re) throw re;
      // an Error of the worker thread (e.g. StackOverflowError on a deep query) is this request's
      // failure, not the request thread's: wrap it so it is mapped and logged with the request
      throw new IllegalStateException("search failed", cause);
    }
  }

  /**
   * Runs {@code call} on the caller's thread under the cap but without the time limit: for
   * exports, whose length depends on how fast the client reads.
   *
   * @throws ApiException 503 busy
   * @throws InvalidQueryException as thrown by the call
   */
  void stream(ServiceCall<?> call) throws InvalidQueryException {
    acquire();
    try {
      call.call();
    } finally {
      permits.release();
    }
  }

  private void acquire() {
    if (permits.tryAcquire()) return;
    boolean acquired = false;
    if (waiting.incrementAndGet() <= MAX_WAITING) {
      try {
        acquired = permits.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    waiting.decrementAndGet();
    if (!acquired) {
      throw new ApiException(503, "busy",
          "the server is answering as many searches as it can: retry in a moment");
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
