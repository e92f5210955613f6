package siege.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
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
 * and the actor directory learns from it; then each report is parsed again, its events are
 * extracted and it is
 * indexed, and each event file ({@code .csv}, {@code .jsonl}) is read with the full directory.
 * Parsing, extraction and event-file reading run on worker threads a few files ahead
 * ({@link InOrder}); results are taken and documents added in file order, so the index does not
 * depend on the number of workers.
 * A bad file or row is counted and reported ({@code file:line: what is wrong}); the rest is
 * indexed.
 */
public final class CorpusIndexer {
  private static final Logger LOG = LoggerFactory.getLogger(CorpusIndexer.class);

  private final IndexProgress progress;
  private final int workers;

  public CorpusIndexer() {
    this(IndexProgress.NONE);
  }

  /** Parses and extracts on as many threads as there are cores. */
  public CorpusIndexer(IndexProgress progress) {
    this(progress, Runtime.getRuntime().availableProcessors());
  }

  /** @param workers threads that parse, extract and read event files ahead of the index writer */
  public CorpusIndexer(IndexProgress progress, int workers) {
    if (workers < 1) throw new IllegalArgumentException("workers must be at least 1, got " + workers);
    this.progress = progress;
    this.workers = workers;
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
    // reports are parsed twice (parsing is a few % of the work) rather than all held in memory
    // between the passes: the heap stays bounded by the files in flight, whatever the corpus size
    Set<Path> reports = new HashSet<>();
    try (InOrder<Path, CorpusException> learnt = new InOrder<>(workers, file -> {
      try {
        actors.learn(parse(file));
        return null;
      } catch (CorpusException e) {
        return e;
      }
    })) {
      learnt.forEach(files.stream().filter(CorpusFiles::isReport).toList(), (file, problem) -> {
        if (problem == null) reports.add(file);
        else counters.skipFile(problem.getMessage());
      });
    }

    Map<String, String> userData = new LinkedHashMap<>();
    userData.put(CommitData.CORPUS_FINGERPRINT, CorpusFiles.fingerprint(files));
    userData.put(CommitData.ACTOR_ALIASES, StoredJson.encode(actors.aliases()));
    EventExtractor extractor = new EventExtractor(actors);

    IndexBuilder.rebuild(
        indexDir,
        userData,
        sink -> {
          int[] done = {0};
          // extraction and event-file reading run ahead on the workers; documents are added here,
          // in file order, so the index is the same whatever the number of workers
          try (InOrder<Path, FileContents> prepared = new InOrder<>(workers,
              file -> prepare(file, reports.contains(file), extractor, actors))) {
            prepared.forEach(files, (file, contents) -> {
              contents.writeTo(sink, counters);
              progress.update(++done[0], files.size(), counters.events);
            });
          }
        });
    long millis = (System.nanoTime() - start) / 1_000_000;
    IndexSummary summary = counters.summary(millis);
    LOG.info("indexed {} reports, {} paragraphs, {} events ({} from event files) in {} ms; {} problems",
        summary.reports(), summary.paragraphs(), summary.events(), summary.eventFileRows(), millis,
        summary.problems().size());
    return summary;
  }

  /** What one corpus file adds to the index, prepared off the writing thread. */
  private interface FileContents {
    void writeTo(DocumentSink sink, Counters counters) throws IOException;
  }

  private static Report parse(Path file) throws IOException, CorpusException {
    return ReportParser.parse(CorpusFiles.id(file), file.getFileName().toString(), TextFiles.read(file));
  }

  private static FileContents prepare(Path file, boolean isGoodReport, EventExtractor extractor, ActorDirectory actors)
      throws IOException {
    if (isGoodReport) {
      Report report;
      try {
        report = parse(file);
      } catch (CorpusException e) {
        return (sink, counters) -> counters.skipFile(e.getMessage()); // changed since the first pass
      }
      List<EventRecord> events;
      String problem = null;
      try {
        events = extractor.extract(report);
      } catch (RuntimeException e) {
        LOG.error("event extraction failed on {}", report.sourceFile(), e);
        problem = report.sourceFile() + ": events could not be extracted (" + e + "); paragraphs indexed";
        events = List.of();
      }
      List<EventRecord> extracted = events;
      String failure = problem;
      return (sink, counters) -> {
        if (failure != null) counters.skipFile(failure);
        sink.addReport(report);
        sink.addEvents(extracted);
        counters.reports++;
        counters.paragraphs += report.paragraphs().size();
        counters.events += extracted.size();
      };
    }
    if (!EventFiles.handles(file)) return (sink, counters) -> { };
    EventFiles.Result result;
    try {
      result = EventFiles.read(file, actors);
    } catch (CorpusException e) {
      return (sink, counters) -> counters.skipFile(e.getMessage());
    }
    return (sink, counters) -> {
      sink.addEvents(result.events());
      counters.events += result.events().size();
      counters.eventFileRows += result.events().size();
      for (CorpusException bad : result.badRows()) counters.skipRow(bad.getMessage());
    };
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
