package siege.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import siege.index.CorpusIndexer;
import siege.index.IndexProgress;
import siege.index.IndexSummary;

/**
 * {@code index [--corpus DIR] [--index DIR] [--rebuild]}: brings the index up to date with the
 * corpus, rewriting only changed files, or rebuilds it; either way in one commit.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Index the corpus folder (reports .txt, event files .csv/.jsonl): only files added, changed "
        + "(by content hash) or removed since the last run, unless --rebuild. "
        + "Exit 0: every file indexed; 1: some files or rows skipped; 2: usage error.")
final class IndexCommand implements Callable<Integer>, Main.TerminalAware {
  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "corpus folder (default: ${DEFAULT-VALUE})")
  Path corpus;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "index folder (default: ${DEFAULT-VALUE})")
  Path index;

  @Option(names = "--rebuild", description = "start over: index every file into a new index that replaces the old one")
  boolean rebuild;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  private boolean terminal;

  @Override
  public void terminal(boolean terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    IndexProgress progress = terminal ? new ProgressBar(spec.commandLine().getErr()) : new ProgressLines(out);
    IndexSummary s;
    try {
      CorpusIndexer indexer = new CorpusIndexer(progress);
      s = rebuild ? indexer.rebuild(corpus, index) : indexer.update(corpus, index);
    } catch (NoSuchFileException e) {
      throw new CliException(Main.USAGE, "corpus folder not found: " + corpus + " (give it with --corpus DIR)");
    } catch (NotDirectoryException e) {
      throw new CliException(Main.USAGE, "not a folder: " + corpus + " (give the corpus folder with --corpus DIR)");
    } catch (LockObtainFailedException e) {
      throw new CliException(Main.PARTIAL, "the index in " + index + " is being written by another process; try again when it is done");
    } catch (IOException e) {
      throw new CliException(Main.PARTIAL, "could not write the index in " + index + ": " + describe(e)
          + " (the previous index, if any, is unchanged)");
    }
    if (progress instanceof ProgressBar bar) bar.finish();
    for (String problem : s.problems()) out.println(problem);
    if (s.mode() != IndexSummary.Mode.REBUILT) {
      out.printf("%d files changed or added, %d removed, %d unchanged%s%n", s.filesWritten(), s.filesRemoved(),
          s.filesUnchanged(), s.mode() == IndexSummary.Mode.UNCHANGED ? ": the index is up to date" : "");
    }
    out.printf("indexed %d reports, %d paragraphs, %d events (%d from event files) in %.1f s%n",
        s.reports(), s.paragraphs(), s.events(), s.eventFileRows(), s.millis() / 1000.0);
    if (!s.allIndexed()) {
      out.printf("skipped %d files and %d rows (listed above)%n", s.skippedFiles(), s.skippedRows());
      return Main.PARTIAL;
    }
    return Main.OK;
  }

  /** An I/O error in words: "not a folder", "No space left on device" ... */
  static String describe(IOException e) {
    if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return e.getMessage() + " is not a folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied: " + e.getMessage();
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
