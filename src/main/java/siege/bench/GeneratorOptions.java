package siege.bench;

/**
 * What to generate.
 *
 * @param events total event records (report event sentences plus event-file rows), at least 1
 * @param seed the seed: same seed and options give byte-identical files
 * @param reportShare the share of events written as report sentences (0..1); the rest are CSV rows
 * @param csvRowsPerFile rows per ACLED-layout file (the last file takes the remainder)
 * @param threads writer threads (the output does not depend on it)
 */
public record GeneratorOptions(long events, long seed, double reportShare, int csvRowsPerFile, int threads) {
  public static final double DEFAULT_REPORT_SHARE = 0.5;
  public static final int DEFAULT_CSV_ROWS_PER_FILE = 10_000;
  /** Event sentences per report: from MIN to MAX, most reports in the lower half. */
  static final int MIN_REPORT_EVENTS = 10;
  static final int MAX_REPORT_EVENTS = 180;

  public GeneratorOptions {
    if (events < 1 || events > 100_000_000L) {
      throw new IllegalArgumentException("events must be between 1 and 100000000, got " + events);
    }
    if (!(reportShare >= 0 && reportShare <= 1)) {
      throw new IllegalArgumentException("report share must be between 0 and 1, got " + reportShare);
    }
    if (csvRowsPerFile < 1) throw new IllegalArgumentException("CSV rows per file must be at least 1, got " + csvRowsPerFile);
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
  }

  public static GeneratorOptions of(long events, long seed) {
    return new GeneratorOptions(events, seed, DEFAULT_REPORT_SHARE, DEFAULT_CSV_ROWS_PER_FILE,
        Runtime.getRuntime().availableProcessors());
  }

  public long reportEvents() {
    return Math.round(events * reportShare);
  }

  public long csvEvents() {
    return events - reportEvents();
  }
}
