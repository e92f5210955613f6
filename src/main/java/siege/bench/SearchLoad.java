package siege.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a query mix against a {@link SearchTarget} from a number of threads in a closed loop: a
 * warm-up (not measured), then a measured run that stops after a duration or a query count,
 * whichever comes first. Each thread walks the mix from its own offset.
 *
 * @param threads client threads
 * @param warmup warm-up time per run (may be zero)
 * @param duration measured time per run
 * @param maxQueries stop after this many measured queries in all (0 = no limit)
 */
public record SearchLoad(int threads, Duration warmup, Duration duration, long maxQueries) {
  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

  public SearchLoad {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    if (duration.isNegative() || duration.isZero()) throw new IllegalArgumentException("duration must be positive");
    if (warmup.isNegative()) throw new IllegalArgumentException("warm-up must not be negative");
    if (maxQueries < 0) throw new IllegalArgumentException("max queries must not be negative");
  }

  public LatencyStats run(SearchTarget target, QueryMix mix) throws Exception {
    if (!warmup.isZero()) loop(target, mix, warmup.toNanos(), 0);
    return loop(target, mix, duration.toNanos(), maxQueries);
  }

  private LatencyStats loop(SearchTarget target, QueryMix mix, long nanos, long limit) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "bench-search");
      t.setDaemon(true);
      return t;
    });
    try {
      CountDownLatch start = new CountDownLatch(1);
      AtomicLong issued = new AtomicLong();
      long[] startedAt = new long[1];
      List<Future<long[]>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long offset = (long) t * mix.size() / threads;
        futures.add(pool.submit(() -> {
          start.await();
          long cpu0 = CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : -1;
          long deadline = startedAt[0] + nanos;
          long[] latencies = new long[1024];
          int n = 0;
          long sink = 0;
          for (long i = offset; ; i++) {
            if (limit > 0 && issued.incrementAndGet() > limit) break;
            long t0 = System.nanoTime();
            if (t0 >= deadline) break;
            sink += target.execute(mix.get(i));
            long t1 = System.nanoTime();
            if (n == latencies.length) latencies = Arrays.copyOf(latencies, n * 2);
            latencies[n++] = t1 - t0;
          }
          if (sink < 0) throw new IllegalStateException("negative hit count");
          long[] out = Arrays.copyOf(latencies, n + 1);
          out[n] = cpu0 < 0 ? -1 : CPU.getCurrentThreadCpuTime() - cpu0; // last: this thread's CPU time
          return out;
        }));
      }
      startedAt[0] = System.nanoTime();
      start.countDown();
      List<long[]> parts = new ArrayList<>();
      for (Future<long[]> f : futures) {
        try {
          parts.add(f.get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Exception cause) throw cause;
          throw e;
        }
      }
      long wall = System.nanoTime() - startedAt[0];
      long cpu = 0;
      List<long[]> latencies = new ArrayList<>();
      for (long[] p : parts) {
        long c = p[p.length - 1];
        cpu = cpu < 0 || c < 0 ? -1 : cpu + c;
        latencies.add(Arrays.copyOf(p, p.length - 1));
      }
      long[] all = latencies.stream().flatMapToLong(Arrays::stream).toArray();
      return LatencyStats.of(all, wall, cpu);
    } finally {
      pool.shutdownNow();
    }
  }
}
