package siege.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a synthetic corpus into an empty folder: reports in the corpus text format and event
 * files in ACLED's CSV layout, holding exactly the requested number of event records.
 *
 * <p>Deterministic: every file is generated from its own random source, derived from the seed and
 * the file's number, so the same seed and options give byte-identical files whatever the number of
 * writer threads.
 */
public final class CorpusGenerator {
  private static final Logger LOG = LoggerFactory.getLogger(CorpusGenerator.class);

  private final GeneratorOptions options;
  private final SyntheticWorld world;

  public CorpusGenerator(GeneratorOptions options) {
    this.options = options;
    this.world = SyntheticWorld.of(options.seed());
  }

  public SyntheticWorld world() {
    return world;
  }

  /**
   * Generates into {@code dir}, which must be absent or empty.
   *
   * @throws IllegalArgumentException when {@code dir} is a file or holds files
   */
  public GeneratedCorpus generate(Path dir) throws IOException {
    if (Files.exists(dir)) {
      if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + ": not a folder");
      try (var entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException(dir + ": folder is not empty; the generator writes only into an empty folder");
        }
      }
    }
    Files.createDirectories(dir);
    long started = System.nanoTime();
    List<Integer> plan = reportPlan();
    int csvFiles = (int) ((options.csvEvents() + options.csvRowsPerFile() - 1) / options.csvRowsPerFile());
    AtomicLong reportBytes = new AtomicLong();
    AtomicLong csvBytes = new AtomicLong();
    int files = plan.size() + csvFiles;
    ForkJoinPool pool = new ForkJoinPool(options.threads());
    try {
      pool.submit(() -> IntStream.range(0, files).parallel().forEach(i -> {
        if (i < plan.size()) {
          reportBytes.addAndGet(writeReport(dir, i, plan.get(i)));
        } else {
          csvBytes.addAndGet(writeCsv(dir, i - plan.size(), csvFiles));
        }
      })).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("generation interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
      throw new IOException("generation failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdown();
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    GeneratedCorpus corpus = new GeneratedCorpus(dir, options.seed(), options.reportShare(), plan.size(), csvFiles,
        options.reportEvents(), options.csvEvents(), reportBytes.get(), csvBytes.get(), millis);
    LOG.info("generated {} reports and {} event files ({} events, {} MB) in {} ms", plan.size(), csvFiles,
        corpus.events(), corpus.totalBytes() / 1_000_000, millis);
    return corpus;
  }

  /** Event sentences per report, summing to the report share of the events. */
  List<Integer> reportPlan() {
    SplittableRandom r = new SplittableRandom(fileSeed(0, 0));
    List<Integer> plan = new ArrayList<>();
    long remaining = options.reportEvents();
    int min = GeneratorOptions.MIN_REPORT_EVENTS;
    int span = GeneratorOptions.MAX_REPORT_EVENTS - min;
    while (remaining > 0) {
      double u = r.nextDouble();
      long n = Math.min(remaining, min + (long) (span * u * Math.sqrt(u)));
      if (remaining - n < min) n = remaining;
      plan.add((int) n);
      remaining -= n;
    }
    return plan;
  }

  private long writeReport(Path dir, int index, int events) {
    ReportWriter.Written w = new ReportWriter(world).write(index, events, new SplittableRandom(fileSeed(1, index)));
    return write(dir.resolve(w.fileName()), w.text());
  }

  private long writeCsv(Path dir, int index, int files) {
    long rows = index < files - 1 ? options.csvRowsPerFile()
        : options.csvEvents() - (long) options.csvRowsPerFile() * (files - 1);
    String text = new AcledCsvWriter(world).write(index, (int) rows, new SplittableRandom(fileSeed(2, index)));
    return write(dir.resolve(AcledCsvWriter.fileName(index)), text);
  }

  private static long write(Path file, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.length;
  }

  /** A well-mixed seed for file {@code index} of a kind (SplitMix64's finaliser). */
  private long fileSeed(int kind, int index) {
    long z = options.seed() * 0x9E3779B97F4A7C15L + kind * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
