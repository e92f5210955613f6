package siege.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import siege.bench.BenchOptions;
import siege.bench.BenchReport;
import siege.bench.BenchRunner;
import siege.bench.OursPipeline;

/**
 * {@code bench}: generates a synthetic corpus and measures indexing, search and memory, printing a
 * table with our pipeline and raw Lucene side by side. Plain option parsing for now; to be wired
 * into {@link Main} (and our pipeline plugged in through {@link #run(List, OursPipeline, PrintStream,
 * PrintStream)}) by the lead.
 *
 * <p>Until then: {@code java -cp target/siege-search.jar siege.cli.BenchCommand --events 10000}.
 */
public final class BenchCommand {
  private BenchCommand() {}

  public static void main(String[] args) {
    System.exit(run(Arrays.asList(args), null, System.out, System.err));
  }

  /**
   * Runs the benchmark.
   *
   * @param ours our pipeline, or null for the raw baseline only
   * @return 0 on success, 1 when the run failed, 2 on usage errors
   */
  public static int run(List<String> args, OursPipeline ours, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println(BenchOptions.USAGE);
      return 0;
    }
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("bench: " + e.getMessage());
      err.println(BenchOptions.USAGE);
      return 2;
    }
    try {
      BenchReport report = new BenchRunner(options, ours).run();
      out.print(report.render());
      return 0;
    } catch (Exception e) {
      err.println("bench: failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return 1;
    }
  }
}
