package siege.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import siege.eval.EvalReport;
import siege.eval.EvalRunner;
import siege.eval.EvalTable;
import siege.eval.JudgedQueries;
import siege.eval.JudgedQuery;
import siege.eval.JudgedQueryFileException;
import siege.eval.StandardBaseline;
import siege.index.IndexStatus;
import siege.search.LuceneSearchService;
import siege.search.SearchService;

/**
 * {@code eval [--queries FILE] [--index DIR] [--baseline]}: runs the judged queries against the
 * index and prints nDCG@10, MRR, recall@10 and the rank of the best answer per query and overall.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure ranking on judged queries (nDCG@10, MRR, recall@10, best answer rank).")
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "index folder (default: ${DEFAULT-VALUE})")
  Path index;

  @Option(names = "--queries", paramLabel = "FILE",
      description = "judged queries (query<TAB>id<TAB>grade lines; default: the built-in set)")
  Path queries;

  @Option(names = "--baseline", description = "measure the plain StandardAnalyzer baseline over the same documents instead")
  boolean baseline;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<JudgedQuery> judged;
    try {
      judged = queries == null ? JudgedQueries.builtIn() : JudgedQueries.read(queries);
    } catch (JudgedQueryFileException e) {
      throw new CliException(Main.USAGE, e.getMessage());
    }
    IndexStatus status = IndexStatus.read(index);
    if (!status.exists()) {
      throw new CliException(Main.PARTIAL, "no index in " + index + ": run `siege-search index` first");
    }
    if (!status.currentSchema()) {
      throw new CliException(Main.PARTIAL, "the index in " + index + " was built by another version: run `siege-search index` again");
    }
    try (SearchService service = baseline ? StandardBaseline.over(index) : LuceneSearchService.open(index)) {
      EvalReport report = new EvalRunner(service).run(judged);
      out.println(baseline ? "StandardAnalyzer baseline" : "Siege search");
      out.print(EvalTable.format(report));
      return Main.OK;
    }
  }
}
