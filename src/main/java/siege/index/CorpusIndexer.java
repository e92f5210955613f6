package siege.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siege.corpus.CorpusException;
import siege.eventfile.EventFiles;
import siege.extract.EventExtractor;
import siege.model.EventRecord;
import siege.model.Report;
import siege.schema.CommitData;
import siege.schema.StoredJson;

/**
 * Indexes a corpus folder: {@link #rebuild} writes a new index that replaces the old one;
 * {@link #update} rewrites only what changed. Either way in one commit, rolled back on failure.
 *
 * <p>Every report ({@code .txt}) is read and parsed first and the actor directory learns from all
 * of them (aliases defined in one report resolve in the others); then files are written: each
 * report's events are extracted and it is indexed, each event file ({@code .csv}, {@code .jsonl})
 * is streamed with the full directory. Hashing, parsing, extraction and the reading of event files
 * (up to {@link #READ_AHEAD_BYTES}; larger ones are streamed by the writer) run on worker threads a
 * few files ahead ({@link InOrder}); results are taken, the actors learn and documents are added in
 * file order, so the index does not depend on the number of workers. A bad file or row is counted and reported
 * ({@code file:line: what is wrong}); the rest is indexed.
 *
 * <p>An update compares each file's content hash with the {@link CorpusManifest} stored in the
 * last commit: files added or changed are rewritten (their old documents deleted by file name),
 * files removed have their documents deleted, unchanged files are not touched. When the alias
 * sets learnt from the reports change (an acronym defined or dropped, an infobox edited), every
 * file is rewritten, since any report's actors may resolve differently. A changed file that no
 * longer parses keeps its previous version indexed (and its previous hash, so it is tried again).
 * An index of another schema version, or without a manifest, is rebuilt instead.
 *
 * <p>An instance remembers content hashes and parsed reports between runs, so a watcher calling
 * {@link #update} repeatedly reads and parses only what changed. Runs are serialised.
 */
public final class CorpusIndexer {
  private static final Logger LOG = LoggerFactory.getLogger(CorpusIndexer.class);

  /** Event files up to this size are read ahead on a worker; larger ones are streamed by the writer. */
  static final long READ_AHEAD_BYTES = 8L << 20;

  private final IndexProgress progress;
  private final int workers;
  private final FileHashes hashes = new FileHashes();
  private final CorpusScan.ParseCache parsed = new CorpusScan.ParseCache();

  public CorpusIndexer() {
    this(IndexProgress.NONE);
  }

  /** Reads, parses and extracts on as many threads as there are cores. */
  public CorpusIndexer(IndexProgress progress) {
    this(progress, 0);
  }

  /**
   * @param workers threads that hash and parse files, extract events and read event files ahead
   *     of the index writer; 0 for one per core. Documents are added in file order whatever the
   *     number, so the index does not depend on it.
   */
  public CorpusIndexer(IndexProgress progress, int workers) {
    if (workers < 0) throw new IllegalArgumentException("workers must be 0 (one per core) or more, got " + workers);
    this.progress = progress;
    this.workers = workers == 0 ? Runtime.getRuntime().availableProcessors() : workers;
  }

  /** Rebuilds: as {@link #rebuild(Path, Path)}. */
  public IndexSummary index(Path corpus, Path indexDir) throws IOException {
    return rebuild(corpus, indexDir);
  }

  /**
   * Indexes {@code corpus} into a new index in {@code indexDir} that replaces the old one.
   *
   * @throws java.nio.file.NoSuchFileException when the corpus folder does not exist
   * @throws IOException when the index cannot be written (the previous index stays)
   */
  public synchronized IndexSummary rebuild(Path corpus, Path indexDir) throws IOException {
    CorpusScan scan = scan(corpus);
    Files.createDirectories(indexDir);
    try (Directory dir = FSDirectory.open(indexDir)) {
      return write(scan, dir, null);
    }
  }

  /**
   * Brings the index in {@code indexDir} up to date with {@code corpus}, rewriting only the
   * files that changed; builds it when there is none, rebuilds it when it is of another schema.
   *
   * @throws java.nio.file.NoSuchFileException when the corpus folder does not exist
   * @throws IOException when the index cannot be written (the previous index stays)
   */
  public synchronized IndexSummary update(Path corpus, Path indexDir) throws IOException {
    rememberHashes(corpus, IndexStatus.read(indexDir));
    CorpusScan scan = scan(corpus);
    Files.createDirectories(indexDir);
    try (Directory dir = FSDirectory.open(indexDir)) {
      return update(scan, dir);
    }
  }

  /** As {@link #rebuild(Path, Path)} into an open directory. */
  public synchronized IndexSummary rebuild(Path corpus, Directory dir) throws IOException {
    return write(scan(corpus), dir, null);
  }

  /** As {@link #update(Path, Path)} in an open directory. */
  public synchronized IndexSummary update(Path corpus, Directory dir) throws IOException {
    return update(scan(corpus), dir);
  }

  /**
   * Takes the content hashes of the index's manifest for the files whose recorded size and
   * modification time still hold (not the racy ones), so the scan reads only files that changed.
   */
  private void rememberHashes(Path corpus, IndexStatus status) {
    CorpusStamps stamps = status.stamps();
    if (stamps == null || status.manifest() == null) return;
    long racyAfterNanos = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(stamps.takenMillis() - CorpusStamps.RACY_MILLIS);
    stamps.files().forEach((name, stamp) -> {
      String hash = status.manifest().hash(name);
      if (hash != null && stamp.modifiedNanos() < racyAfterNanos) {
        hashes.remember(corpus.resolve(name), stamp.size(), stamp.modifiedNanos(), hash);
      }
    });
  }

  /** The stamps of the files indexed as they are now (a file whose indexed version is older has none). */
  private CorpusStamps stamps(CorpusScan scan, CorpusManifest indexed, long takenMillis) {
    Map<String, CorpusStamps.Stamp> files = new TreeMap<>();
    for (Path file : scan.files()) {
      String name = file.getFileName().toString();
      FileHashes.Stamp s = hashes.stamp(file);
      if (s != null && s.hash().equals(indexed.hash(name))) {
        files.put(name, new CorpusStamps.Stamp(s.size(), s.modifiedNanos()));
      }
    }
    return new CorpusStamps(takenMillis, CorpusStamps.curatedActorsHash(), files);
  }

  private CorpusScan scan(Path corpus) throws IOException {
    CorpusScan scan = CorpusScan.read(corpus, hashes, parsed, workers);
    LOG.info("read {} corpus files from {}: {} reports parsed", scan.files().size(), corpus, scan.reports().size());
    return scan;
  }

  private IndexSummary update(CorpusScan scan, Directory dir) throws IOException {
    IndexStatus status = IndexStatus.read(dir);
    if (!status.updatable()) {
      LOG.info(status.exists()
          ? "the index is of schema version " + status.schemaVersion() + " (current: "
              + siege.schema.SchemaVersion.CURRENT + ") or has no file manifest: rebuilding it"
          : "no index yet: building it");
      return write(scan, dir, null);
    }
    return write(scan, dir, status);
  }

  /** Writes {@code scan} into {@code dir}: everything when {@code previous} is null, else what changed. */
  private IndexSummary write(CorpusScan scan, Directory dir, IndexStatus previous) throws IOException {
    long start = System.nanoTime();
    boolean rebuild = previous == null;
    CorpusManifest old = rebuild ? CorpusManifest.EMPTY : previous.manifest();
    boolean actorsChanged = !rebuild && !scan.actorFingerprint().equals(previous.actorFingerprint());
    if (actorsChanged) LOG.info("actor aliases changed: the records of every file are extracted again and compared");

    // candidates: files whose content changed, or every file when the aliases changed
    List<Path> candidates = new ArrayList<>();
    Map<String, CorpusManifest.Entry> manifest = new TreeMap<>();
    Set<String> present = new HashSet<>();
    for (Path file : scan.files()) {
      String name = file.getFileName().toString();
      present.add(name);
      CorpusManifest.Entry before = old.entries().get(name);
      if (before != null) manifest.put(name, before); // replaced below once a new version is written
      String now = scan.manifest().hash(name);
      if (now == null) continue; // vanished or unreadable since listed: keep what is indexed
      if (rebuild || actorsChanged || !now.equals(old.hash(name))) candidates.add(file);
    }
    List<String> removed = old.entries().keySet().stream().filter(n -> !present.contains(n)).toList();
    Counters counters = new Counters();
    if (!rebuild && candidates.isEmpty() && removed.isEmpty()) {
      return counters.summary(millisSince(start), IndexSummary.Mode.UNCHANGED, scan.files().size(), 0);
    }

    EventExtractor extractor = new EventExtractor(scan.actors());
    Map<String, String> userData = new LinkedHashMap<>(); // filled in once the files are written
    long added = IndexBuilder.rebuildOrUpdate(dir, rebuild, userData, sink -> {
      for (String name : removed) sink.deleteFile(name);
      if (actorsChanged) sink.forceCommit(); // the aliases in the commit data change
      int[] done = {0};
      // extraction and event-file reading run ahead on the workers; documents are added here,
      // in file order, so the index is the same whatever the number of workers
      try (InOrder<Path, Prepared> prepared = new InOrder<>(workers, file -> prepare(file, scan, extractor))) {
        prepared.forEach(candidates, (file, ready) -> {
          String name = file.getFileName().toString();
          String content = scan.manifest().hash(name);
          FileWrite w = new FileWrite(file, scan, sink, counters, rebuild,
              content.equals(old.hash(name)) ? old.output(name) : null);
          String output = CorpusFiles.isReport(file) ? w.report(ready) : w.eventFile(ready);
          if (output != null) manifest.put(name, new CorpusManifest.Entry(content, output));
          progress.update(++done[0], candidates.size(), counters.events);
        });
      }
      manifest.keySet().removeAll(removed);
      CorpusManifest m = new CorpusManifest(manifest);
      userData.put(CommitData.CORPUS_FINGERPRINT, m.fingerprint());
      userData.put(CommitData.CORPUS_FILES, m.encode());
      userData.put(CommitData.CORPUS_STAMPS, stamps(scan, m, System.currentTimeMillis()).encode());
      userData.put(CommitData.ACTOR_ALIASES, StoredJson.encode(scan.actors().aliases()));
      userData.put(CommitData.ACTOR_FINGERPRINT, scan.actorFingerprint());
    });
    IndexSummary.Mode mode = rebuild ? IndexSummary.Mode.REBUILT
        : added < 0 ? IndexSummary.Mode.UNCHANGED : IndexSummary.Mode.UPDATED;
    int unchanged = scan.files().size() - counters.files - counters.skippedFiles;
    IndexSummary summary = counters.summary(millisSince(start), mode, unchanged, rebuild ? 0 : removed.size());
    LOG.info("{}: {} files written, {} unchanged, {} removed; {} reports, {} paragraphs, {} events ({} from event files) in {} ms; {} problems",
        mode, summary.filesWritten(), unchanged, summary.filesRemoved(), summary.reports(), summary.paragraphs(),
        summary.events(), summary.eventFileRows(), summary.millis(), summary.problems().size());
    return summary;
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /**
   * What a worker prepared for one file: a report's extracted events (or why extraction failed),
   * or a small event file's rows (or why it could not be read); {@link #NOTHING} for a bad report
   * or an event file the writer streams itself.
   */
  private record Prepared(List<EventRecord> events, String extractionFailure, EventFiles.Result rows,
      CorpusException unreadable) {
    static final Prepared NOTHING = new Prepared(null, null, null, null);
  }

  private static Prepared prepare(Path file, CorpusScan scan, EventExtractor extractor) {
    if (CorpusFiles.isReport(file)) {
      Report report = scan.reports().get(file);
      if (report == null) return Prepared.NOTHING;
      try {
        return new Prepared(extractor.extract(report), null, null, null);
      } catch (RuntimeException e) {
        LOG.error("event extraction failed on {}", file.getFileName(), e);
        return new Prepared(List.of(), file.getFileName() + ": events could not be extracted (" + e
            + "); paragraphs indexed", null, null);
      }
    }
    try {
      if (java.nio.file.Files.size(file) > READ_AHEAD_BYTES) return Prepared.NOTHING;
    } catch (IOException e) {
      return Prepared.NOTHING; // the writer reads it and reports the problem
    }
    try {
      return new Prepared(null, null, EventFiles.read(file, scan.actors()), null);
    } catch (CorpusException e) {
      return new Prepared(null, null, null, e);
    }
  }

  /**
   * Writes one corpus file's new version, replacing its previous one (deleted by file name in the
   * same commit). Each method returns the hash of the records written, or, when nothing was
   * written, null (a bad file: its previous version stays) or the unchanged output hash.
   */
  private static final class FileWrite {
    private final Path file;
    private final String name;
    private final CorpusScan scan;
    private final DocumentSink sink;
    private final Counters counters;
    private final boolean fresh;
    /** The output indexed for the same content before, when only the aliases changed; else null. */
    private final String sameContentOutput;

    FileWrite(Path file, CorpusScan scan, DocumentSink sink, Counters counters, boolean fresh, String sameContentOutput) {
      this.file = file;
      this.name = file.getFileName().toString();
      this.scan = scan;
      this.sink = sink;
      this.counters = counters;
      this.fresh = fresh;
      this.sameContentOutput = sameContentOutput;
    }

    String report(Prepared ready) throws IOException {
      Report report = scan.reports().get(file);
      if (report == null) {
        CorpusException bad = scan.badReports().get(file);
        counters.skipFile(bad != null ? bad.getMessage() : name + ": cannot be read", fresh);
        return null;
      }
      if (ready.extractionFailure() != null) counters.skipFile(ready.extractionFailure(), true);
      List<EventRecord> events = ready.events();
      OutputHash hash = new OutputHash();
      events.forEach(hash::add);
      String output = hash.value();
      if (output.equals(sameContentOutput)) return output; // the aliases changed, but not this file's records
      if (!fresh) sink.deleteFile(name);
      sink.addReport(report, events);
      counters.files++;
      counters.reports++;
      counters.paragraphs += report.paragraphs().size();
      counters.events += events.size();
      return output;
    }

    /**
     * Streams an event file's rows into the index (bounded memory whatever its size). The old rows
     * are deleted just before the first new row is added, since a file that throws has sent no row.
     */
    String eventFile(Prepared ready) throws IOException {
      if (ready.unreadable() != null) {
        counters.skipFile(ready.unreadable().getMessage(), fresh && sameContentOutput == null);
        return null;
      }
      if (ready.rows() != null) return eventFile(ready.rows());
      if (sameContentOutput != null) {
        // the aliases changed: read the rows once without writing to see whether they changed
        OutputHash probe = new OutputHash();
        try {
          EventFiles.forEachEvent(file, scan.actors(), probe::add);
        } catch (CorpusException e) {
          counters.skipFile(e.getMessage(), false);
          return null;
        }
        String output = probe.value();
        if (output.equals(sameContentOutput)) return output;
      }
      boolean[] deleted = {fresh};
      int[] rows = {0};
      OutputHash hash = new OutputHash();
      List<CorpusException> badRows;
      try {
        badRows = EventFiles.forEachEvent(file, scan.actors(), event -> {
          try {
            if (!deleted[0]) {
              sink.deleteFile(name);
              deleted[0] = true;
            }
            sink.addEvent(event, ++rows[0]);
            hash.add(event);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (CorpusException e) {
        counters.skipFile(e.getMessage(), fresh);
        return null;
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      if (!deleted[0]) sink.deleteFile(name);
      counters.files++;
      counters.events += rows[0];
      counters.eventFileRows += rows[0];
      for (CorpusException bad : badRows) counters.skipRow(bad.getMessage());
      return hash.value();
    }

    /** As {@link #eventFile(Prepared)} for rows read ahead by a worker. */
    private String eventFile(EventFiles.Result rows) throws IOException {
      OutputHash hash = new OutputHash();
      rows.events().forEach(hash::add);
      String output = hash.value();
      if (output.equals(sameContentOutput)) return output;
      if (!fresh) sink.deleteFile(name);
      sink.addEvents(rows.events());
      counters.files++;
      counters.events += rows.events().size();
      counters.eventFileRows += rows.events().size();
      for (CorpusException bad : rows.badRows()) counters.skipRow(bad.getMessage());
      return output;
    }
  }

  /** Running counts of one indexing run. */
  private static final class Counters {
    int files;
    int reports;
    int paragraphs;
    int events;
    int eventFileRows;
    int skippedFiles;
    int skippedRows;
    final List<String> problems = new ArrayList<>();

    void skipFile(String message, boolean fresh) {
      skippedFiles++;
      problems.add(message);
      LOG.warn(fresh ? "skipped: {}" : "skipped: {} (its previous version, if any, stays indexed)", message);
    }

    void skipRow(String message) {
      skippedRows++;
      problems.add(message);
      LOG.warn("skipped row: {}", message);
    }

    IndexSummary summary(long millis, IndexSummary.Mode mode, int unchanged, int removed) {
      return new IndexSummary(reports, paragraphs, events, eventFileRows, skippedFiles, skippedRows, problems, millis,
          mode, files, unchanged, removed);
    }
  }
}
