package siege.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-query phase's measure: each query of the mix run alone on the calling thread, its CPU
 * time from {@link ThreadMXBean#getCurrentThreadCpuTime()} (steadier than wall time on a shared
 * machine, and what a mean or a p99 of the mix is made of). First {@value #WARMUP_ROUNDS} warm-up
 * rounds over the whole mix, then for each query in turn: one run for its hit count, then
 * {@code rounds} timed runs whose CPU time is averaged. The target must do all its work on the
 * calling thread (our service and raw Lucene search without an executor).
 */
public final class PerQueryCpu {
  /** Untimed passes over the whole mix before the first query is timed. */
  public static final int WARMUP_ROUNDS = 3;
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /**
   * One query's figures.
   *
   * @param hits the total hit count the target reported
   * @param cpuMillis CPU milliseconds per run
   */
  public record Measure(long hits, double cpuMillis) {}

  private final int rounds;

  /** @param rounds timed runs per query */
  public PerQueryCpu(int rounds) {
    if (rounds < 1) throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
    this.rounds = rounds;
  }

  /** The figures of every query of {@code mix} on {@code target}, in the mix's order. */
  public List<Measure> run(SearchTarget target, QueryMix mix) throws Exception {
    if (!CPU.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure the CPU time of a thread");
    }
    if (!CPU.isThreadCpuTimeEnabled()) CPU.setThreadCpuTimeEnabled(true);
    long sink = 0;
    for (int w = 0; w < WARMUP_ROUNDS; w++) {
      for (BenchQuery q : mix.queries()) sink += target.execute(q);
    }
    List<Measure> out = new ArrayList<>();
    for (BenchQuery q : mix.queries()) {
      long hits = target.execute(q);
      long t0 = CPU.getCurrentThreadCpuTime();
      for (int i = 0; i < rounds; i++) sink += target.execute(q);
      long nanos = CPU.getCurrentThreadCpuTime() - t0;
      out.add(new Measure(hits, nanos / 1e6 / rounds));
    }
    if (sink < 0) throw new IllegalStateException("negative hit count");
    return out;
  }
}
