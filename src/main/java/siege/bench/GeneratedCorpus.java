package siege.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What a generator run wrote: counts and sizes. Saved beside the corpus folder so a later run with
 * the same options reuses the files instead of writing them again.
 *
 * @param dir the corpus folder
 * @param reportEvents event sentences written into reports
 * @param csvEvents event rows written into ACLED-layout files
 * @param reportBytes total size of the report files
 * @param csvBytes total size of the event files
 * @param millis time taken to generate
 */
public record GeneratedCorpus(
    Path dir,
    long seed,
    double reportShare,
    int reports,
    int csvFiles,
    long reportEvents,
    long csvEvents,
    long reportBytes,
    long csvBytes,
    long millis) {

  /** Bumped whenever the generator's output changes, so stale corpora are not reused. */
  public static final int GENERATOR_VERSION = 1;

  public long events() {
    return reportEvents + csvEvents;
  }

  public long totalBytes() {
    return reportBytes + csvBytes;
  }

  /** True when this corpus is what {@code options} would generate. */
  public boolean matches(GeneratorOptions options) {
    return seed == options.seed() && reportEvents == options.reportEvents() && csvEvents == options.csvEvents();
  }

  public void save(Path file) throws IOException {
    Properties p = new Properties();
    p.setProperty("generator_version", Integer.toString(GENERATOR_VERSION));
    p.setProperty("seed", Long.toString(seed));
    p.setProperty("report_share", Double.toString(reportShare));
    p.setProperty("reports", Integer.toString(reports));
    p.setProperty("csv_files", Integer.toString(csvFiles));
    p.setProperty("report_events", Long.toString(reportEvents));
    p.setProperty("csv_events", Long.toString(csvEvents));
    p.setProperty("report_bytes", Long.toString(reportBytes));
    p.setProperty("csv_bytes", Long.toString(csvBytes));
    p.setProperty("millis", Long.toString(millis));
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      p.store(w, "siege.bench generated corpus " + dir.getFileName());
    }
  }

  /** The manifest at {@code file} for the corpus in {@code dir}, or null when absent or from another generator version. */
  public static GeneratedCorpus load(Path file, Path dir) throws IOException {
    if (!Files.isRegularFile(file) || !Files.isDirectory(dir)) return null;
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    try {
      if (Integer.parseInt(p.getProperty("generator_version", "0")) != GENERATOR_VERSION) return null;
      return new GeneratedCorpus(dir, Long.parseLong(p.getProperty("seed")),
          Double.parseDouble(p.getProperty("report_share")),
          Integer.parseInt(p.getProperty("reports")), Integer.parseInt(p.getProperty("csv_files")),
          Long.parseLong(p.getProperty("report_events")), Long.parseLong(p.getProperty("csv_events")),
          Long.parseLong(p.getProperty("report_bytes")), Long.parseLong(p.getProperty("csv_bytes")),
          Long.parseLong(p.getProperty("millis")));
    } catch (RuntimeException e) {
      return null; // a damaged manifest: generate again
    }
  }
}
