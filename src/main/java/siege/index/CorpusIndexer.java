package siege.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siege.corpus.CorpusException;
import siege.corpus.ReportParser;
import siege.corpus.TextFiles;
import siege.eventfile.EventFiles;
import siege.extract.ActorDirectory;
import siege.extract.EventExtractor;
import siege.model.EventRecord;
import siege.model.Report;
import siege.schema.CommitData;
import siege.schema.StoredJson;

/**
 * Indexes a corpus folder into a new index that replaces the old one atomically.
 *
 * <p>Two passes over the files in name order: first every report ({@code .txt}) is read and parsed
 * and the actor directory learns from it; then each report's events are extracted and it is
 * indexed, and each event file ({@code .csv}, {@code .jsonl}) is read with the full directory.
 * A bad file or row is counted and reported ({@code file:line: what is wrong}); the rest is
 * indexed.
 */
public final class CorpusIndexer {
  private static final Logger LOG = LoggerFactory.getLogger(CorpusIndexer.class);

  private final IndexProgress progress;

  public CorpusIndexer() {
    this(IndexProgress.NONE);
  }

  public CorpusIndexer(IndexProgress progress) {
    this.progress = progress;
  }

  /**
   * Indexes {@code corpus} into {@code indexDir}.
   *
   * @throws java.nio.file.NoSuchFileException when the corpus folder does not exist
   * @throws IOException when the index cannot be written (the previous index stays)
   */
  public IndexSummary index(Path corpus, Path indexDir) throws IOException {
    long start = System.nanoTime();
    List<Path> files = CorpusFiles.list(corpus);
    LOG.info("indexing {} corpus files from {} into {}", files.size(), corpus, indexDir);
    Counters counters = new Counters();

    ActorDirectory actors = ActorDirectory.withCuratedAliases();
    Map<Path, Report> reports = new LinkedHashMap<>();
    for (Path file : files) {
      if (!CorpusFiles.isReport(file)) continue;
      try {
        Report report =
            ReportParser.parse(CorpusFiles.id(file), file.getFileName().toString(), TextFiles.read(file));
        actors.learn(report);
        reports.put(file, report);
      } catch (CorpusException e) {
        counters.skipFile(e.getMessage());
      }
    }

    Map<String, String> userData = new LinkedHashMap<>();
    userData.put(CommitData.CORPUS_FINGERPRINT, CorpusFiles.fingerprint(files));
    userData.put(CommitData.ACTOR_ALIASES, StoredJson.encode(actors.aliases()));
    EventExtractor extractor = new EventExtractor(actors);

    IndexBuilder.rebuild(
        indexDir,
        userData,
        sink -> {
          int done = 0;
          for (Path file : files) {
            Report report = reports.get(file);
            if (report != null) {
              indexReport(report, extractor, sink, counters);
            } else if (EventFiles.handles(file)) {
              indexEventFile(file, actors, sink, counters);
            }
            progress.update(++done, files.size(), counters.events);
          }
        });
    long millis = (System.nanoTime() - start) / 1_000_000;
    IndexSummary summary = counters.summary(millis);
    LOG.info("indexed {} reports, {} paragraphs, {} events ({} from event files) in {} ms; {} problems",
        summary.reports(), summary.paragraphs(), summary.events(), summary.eventFileRows(), millis,
        summary.problems().size());
    return summary;
  }

  private static void indexReport(
      Report report, EventExtractor extractor, DocumentSink sink, Counters counters) throws IOException {
    List<EventRecord> events;
    try {
      events = extractor.extract(report);
    } catch (RuntimeException e) {
      LOG.error("event extraction failed on {}", report.sourceFile(), e);
      counters.skipFile(report.sourceFile() + ": events could not be extracted (" + e + "); paragraphs indexed");
      events = List.of();
    }
    sink.addReport(report);
    sink.addEvents(events);
    counters.reports++;
    counters.paragraphs += report.paragraphs().size();
    counters.events += events.size();
  }

  private static void indexEventFile(Path file, ActorDirectory actors, DocumentSink sink, Counters counters)
      throws IOException {
    EventFiles.Result result;
    try {
      result = EventFiles.read(file, actors);
    } catch (CorpusException e) {
      counters.skipFile(e.getMessage());
      return;
    }
    sink.addEvents(result.events());
    counters.events += result.events().size();
    counters.eventFileRows += result.events().size();
    for (CorpusException bad : result.badRows()) counters.skipRow(bad.getMessage());
  }

  /** Running counts of one indexing run. */
  private static final class Counters {
    int reports;
    int paragraphs;
    int events;
    int eventFileRows;
    int skippedFiles;
    int skippedRows;
    final List<String> problems = new ArrayList<>();

    void skipFile(String message) {
      skippedFiles++;
      problems.add(message);
      LOG.warn("skipped: {}", message);
    }

    void skipRow(String message) {
      skippedRows++;
      problems.add(message);
      LOG.warn("skipped row: {}", message);
    }

    IndexSummary summary(long millis) {
      return new IndexSummary(reports, paragraphs, events, eventFileRows, skippedFiles, skippedRows, problems, millis);
    }
  }
}
