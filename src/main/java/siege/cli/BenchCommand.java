package siege.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import siege.bench.BenchOptions;
import siege.bench.BenchReport;
import siege.bench.BenchRunner;
import siege.bench.OursPipeline;
import siege.index.CorpusIndexer;
import siege.index.IndexProgress;
import siege.index.IndexSummary;
import siege.search.LuceneSearchService;

/**
 * {@code bench}: generates a synthetic corpus and measures indexing, search, memory, start-up and
 * HTTP, printing a table with our pipeline ({@link CorpusIndexer}, {@link LuceneSearchService}) and
 * raw Lucene side by side. Its options are {@link BenchOptions}' own ({@code bench --help}).
 */
@Command(name = "bench", description = "Benchmark indexing and search against raw Lucene on a generated corpus "
    + "(see docs/benchmarks.md; bench --help for the options).")
public final class BenchCommand implements Callable<Integer> {
  @CommandLine.Unmatched List<String> args = new ArrayList<>();
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Our pipeline as the benchmark calls it: the full indexer and the search service the API uses. */
  static OursPipeline ours(int workers) {
    return new OursPipeline((corpus, index) -> {
      CorpusIndexer indexer = workers > 0 ? new CorpusIndexer(IndexProgress.NONE, workers) : new CorpusIndexer();
      IndexSummary s = indexer.index(corpus, index);

      return (long) s.reports() + s.paragraphs() + s.events();
    }, LuceneSearchService::open);
  }

  @Override
  public Integer call() {
    return run(args, null, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  public static void main(String[] args) {
    System.exit(Main.run(concat("bench", args), System.out, System.err));
  }

  private static String[] concat(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  /** As {@link #run(List, OursPipeline, PrintWriter, PrintWriter)} on print streams (tests). */
  public static int run(List<String> args, OursPipeline ours, PrintStream out, PrintStream err) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      return run(args, ours, o, e);
    } finally {
      o.flush();
      e.flush();
    }
  }

  /**
   * Runs the benchmark.
   *
   * @param ours our pipeline, or null for the real one ({@link CorpusIndexer}, {@link LuceneSearchService})
   * @return 0 on success, 1 when the run failed, 2 on usage errors
   */
  static int run(List<String> args, OursPipeline ours, PrintWriter out, PrintWriter err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println(BenchOptions.USAGE);
      return Main.OK;
    }
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("bench: " + e.getMessage());
      err.println(BenchOptions.USAGE);
      return Main.USAGE;
    }
    try {
      BenchReport report = new BenchRunner(options, ours == null ? ours(options.oursWorkers()) : ours, line -> {
        out.println(line);
        out.flush();
      }).run();
      out.print(report.render());
      out.flush();
      return Main.OK;
    } catch (Exception e) {
      err.println("bench: failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return Main.PARTIAL;
    }
  }

  @Override
  public String toString() {
    return "bench " + Arrays.toString(args.toArray());
  }
}
