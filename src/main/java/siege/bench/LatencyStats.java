package siege.bench;

import java.util.Arrays;

/**
 * Latency percentiles and throughput of a load run, computed by sorting every recorded latency.
 *
 * @param queries queries measured
 * @param wallNanos wall-clock time of the measured part
 * @param p50Nanos median latency
 * @param p99Nanos 99th percentile latency (nearest rank)
 * @param maxNanos slowest query
 * @param meanNanos mean latency
 * @param cpuNanos CPU time the client threads used during the measured part (-1 when unknown);
 *     on a shared machine it is steadier than wall-clock time
 */
public record LatencyStats(long queries, long wallNanos, long p50Nanos, long p99Nanos, long maxNanos, long meanNanos, long cpuNanos) {

  public static LatencyStats of(long[] latencies, long wallNanos) {
    return of(latencies, wallNanos, -1);
  }

  public static LatencyStats of(long[] latencies, long wallNanos, long cpuNanos) {
    if (latencies.length == 0) throw new IllegalArgumentException("no latencies were recorded");
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    return new LatencyStats(sorted.length, wallNanos, percentile(sorted, 0.50), percentile(sorted, 0.99),
        sorted[sorted.length - 1], Arrays.stream(sorted).sum() / sorted.length, cpuNanos);
  }

  /** Nearest-rank percentile of sorted values. */
  static long percentile(long[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  public double queriesPerSecond() {
    return queries * 1e9 / Math.max(1, wallNanos);
  }

  public double meanMillis() {
    return meanNanos / 1e6;
  }

  /** CPU milliseconds per query, or null when unknown. */
  public Double cpuMillisPerQuery() {
    return cpuNanos < 0 ? null : cpuNanos / 1e6 / queries;
  }

  public double p50Millis() {
    return p50Nanos / 1e6;
  }

  public double p99Millis() {
    return p99Nanos / 1e6;
  }
}
