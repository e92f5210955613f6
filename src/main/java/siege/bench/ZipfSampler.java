package siege.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks 0..n-1 with probability proportional to {@code 1 / (rank + 1)^exponent}, the
 * rank-frequency law of natural-language words. Immutable and thread-safe; the caller owns the
 * random source, so a seeded source gives a reproducible stream.
 */
public final class ZipfSampler {
  private final double[] cumulative;

  public ZipfSampler(int n, double exponent) {
    if (n < 1) throw new IllegalArgumentException("n must be at least 1, got " + n);
    if (!(exponent > 0)) throw new IllegalArgumentException("exponent must be positive, got " + exponent);
    cumulative = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1.0 / Math.pow(i + 1, exponent);
      cumulative[i] = sum;
    }
    for (int i = 0; i < n; i++) cumulative[i] /= sum;
    cumulative[n - 1] = 1.0;
  }

  public int size() {
    return cumulative.length;
  }

  /** The probability of drawing {@code rank}. */
  public double probability(int rank) {
    return rank == 0 ? cumulative[0] : cumulative[rank] - cumulative[rank - 1];
  }

  public int sample(SplittableRandom random) {
    double u = random.nextDouble();
    int i = Arrays.binarySearch(cumulative, u);
    int rank = i >= 0 ? i + 1 : -i - 1;
    return Math.min(rank, cumulative.length - 1);
  }
}
