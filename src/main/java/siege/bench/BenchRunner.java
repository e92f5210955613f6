package siege.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the benchmark phases on one generated corpus and collects the figures: the raw-Lucene
 * baseline always, our pipeline when an {@link OursPipeline} is given. Layout of the work folder:
 * {@code corpus/} and {@code corpus.properties} (reused across runs with the same seed and scale),
 * {@code raw-index/}, {@code ours-index/}.
 */
public final class BenchRunner {
  private static final Logger LOG = LoggerFactory.getLogger(BenchRunner.class);
  private static final double MB = 1_000_000.0;

  private final BenchOptions options;
  private final OursPipeline ours;

  /** Raw baseline only (before our pipeline is plugged in). */
  public BenchRunner(BenchOptions options) {
    this(options, null);
  }

  /** @param ours our pipeline, or null to measure the baseline only */
  public BenchRunner(BenchOptions options, OursPipeline ours) {
    this.options = options;
    this.ours = ours;
  }

  public BenchReport run() throws Exception {
    BenchReport report = new BenchReport();
    report.note(String.format(Locale.ROOT, "machine: %d cores, max heap %d MB, Java %s (%s)",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
        System.getProperty("java.version"), System.getProperty("java.vm.name")));
    GeneratedCorpus corpus = prepareCorpus(report);
    Path rawIndex = options.workDir().resolve("raw-index");
    Path oursIndex = options.workDir().resolve("ours-index");
    if (ours == null) report.note("ours: not plugged in (raw baseline only)");
    QueryMix mix = QueryMix.standard(SyntheticWorld.of(options.seed()));
    Path httpQueries = options.workDir().resolve("http-queries.txt");
    Files.write(httpQueries, mix.apiPaths());
    report.note("query paths for bench/http.sh: " + httpQueries);

    if (options.phases().contains(Phase.INDEX)) {
      CorpusIndexer rawIndexer = new RawLuceneBaseline(options.indexThreads());
      Path warmupCorpus = warmupCorpus(corpus);
      warmUp("raw", rawIndexer, warmupCorpus);
      if (ours != null) warmUp("ours", ours.indexer(), warmupCorpus);
      Side raw = index("raw", rawIndexer, corpus, rawIndex);
      Side our = ours == null ? null : index("ours", ours.indexer(), corpus, oursIndex);
      report.add("index", "seconds", our == null ? null : our.seconds, raw.seconds);
      report.add("index", "documents", our == null ? null : (double) our.documents, (double) raw.documents);
      report.add("index", "events/s", our == null ? null : corpus.events() / our.seconds, corpus.events() / raw.seconds);
      report.add("index", "MB/s of text", our == null ? null : corpus.totalBytes() / MB / our.seconds,
          corpus.totalBytes() / MB / raw.seconds);
    }
    if (Files.isDirectory(rawIndex)) {
      long rawBytes = ResourceMeter.folderBytes(rawIndex);
      Long ourBytes = ours != null && Files.isDirectory(oursIndex) ? ResourceMeter.folderBytes(oursIndex) : null;
      report.add("size", "index MB", ourBytes == null ? null : ourBytes / MB, rawBytes / MB);
      report.add("size", "index / text", ourBytes == null ? null : (double) ourBytes / corpus.totalBytes(),
          (double) rawBytes / corpus.totalBytes());
    }

    boolean search = options.phases().contains(Phase.SEARCH);
    boolean memory = options.phases().contains(Phase.MEMORY);
    if (search || memory) {
      if (!Files.isDirectory(rawIndex)) {
        throw new IllegalStateException("no raw index in " + rawIndex + ": run the index phase first");
      }
      long heapBefore = memory ? ResourceMeter.heapAfterGc() : 0;
      if (memory) report.note(String.format(Locale.ROOT, "heap after GC with no searcher open: %.1f MB", heapBefore / MB));
      List<Measured> raw;
      try (RawLuceneSearcher searcher = RawLuceneBaseline.open(rawIndex, true)) {
        report.note(zeroHitNote(searcher, mix));
        raw = measure(searcher, mix, search, memory);
      }
      List<Measured> our = null;
      if (ours != null) {
        if (!Files.isDirectory(oursIndex)) {
          throw new IllegalStateException("no index of ours in " + oursIndex + ": run the index phase first");
        }
        try (SearchTarget target = new SearchServiceTarget(ours.searchService().open(oursIndex))) {
          our = measure(target, mix, search, memory);
        }
      }
      for (int i = 0; i < raw.size(); i++) {
        Measured r = raw.get(i);
        Measured o = our == null ? null : our.get(i);
        if (r.stats != null) {
          String phase = "search " + r.threads + "t";
          report.add(phase, "queries/s", o == null ? null : o.stats.queriesPerSecond(), r.stats.queriesPerSecond());
          report.add(phase, "p50 ms", o == null ? null : o.stats.p50Millis(), r.stats.p50Millis());
          report.add(phase, "p99 ms", o == null ? null : o.stats.p99Millis(), r.stats.p99Millis());
        }
      }
      if (search) {
        try (RawLuceneSearcher plain = RawLuceneBaseline.open(rawIndex, false)) {
          for (int threads : options.threads()) {
            LatencyStats s = load(threads).run(plain, mix);
            String phase = "search " + threads + "t no facets";
            report.add(phase, "queries/s", null, s.queriesPerSecond());
            report.add(phase, "p50 ms", null, s.p50Millis());
            report.add(phase, "p99 ms", null, s.p99Millis());
          }
        }
      }
      if (memory) {
        Measured r = raw.get(raw.size() - 1);
        Measured o = our == null ? null : our.get(our.size() - 1);
        report.add("memory", "heap after GC MB", o == null ? null : o.heap / MB, r.heap / MB);
        report.add("memory", "RSS MB", o == null ? null : o.rss / MB, r.rss / MB);
      }
    }
    return report;
  }

  private GeneratedCorpus prepareCorpus(BenchReport report) throws IOException {
    GeneratorOptions g = options.generatorOptions();
    Path dir = options.corpusDir();
    Path manifest = options.workDir().resolve("corpus.properties");
    GeneratedCorpus corpus = GeneratedCorpus.load(manifest, dir);
    boolean reused = corpus != null && corpus.matches(g);
    if (!reused) {
      Files.deleteIfExists(manifest);
      deleteTree(dir);
      Files.createDirectories(options.workDir());
      LOG.info("generating {} events (seed {}) into {}", g.events(), g.seed(), dir);
      corpus = new CorpusGenerator(g).generate(dir);
      corpus.save(manifest);
    }
    report.note(String.format(Locale.ROOT,
        "corpus: %,d events (%,d in %,d reports, %,d in %,d CSV files), %.1f MB (reports %.1f MB, CSV %.1f MB), seed %d",
        corpus.events(), corpus.reportEvents(), corpus.reports(), corpus.csvEvents(), corpus.csvFiles(),
        corpus.totalBytes() / MB, corpus.reportBytes() / MB, corpus.csvBytes() / MB, corpus.seed()));
    report.note(reused ? "generate: reused " + dir
        : String.format(Locale.ROOT, "generate: %.1f s (%.1f MB/s)", corpus.millis() / 1000.0,
            corpus.totalBytes() / MB / Math.max(0.001, corpus.millis() / 1000.0)));
    return corpus;
  }

  private record Side(double seconds, long documents) {}

  /** Indexes the corpus {@code indexRuns} times from scratch and keeps the fastest run. */
  private Side index(String name, CorpusIndexer indexer, GeneratedCorpus corpus, Path indexDir) throws Exception {
    double best = Double.MAX_VALUE;
    long documents = 0;
    for (int run = 1; run <= options.indexRuns(); run++) {
      deleteTree(indexDir);
      Files.createDirectories(indexDir);
      LOG.info("indexing with {} into {} (run {} of {})", name, indexDir, run, options.indexRuns());
      long t0 = System.nanoTime();
      documents = indexer.index(corpus.dir(), indexDir);
      double seconds = (System.nanoTime() - t0) / 1e9;
      LOG.info("{}: {} documents in {} s", name, documents, String.format(Locale.ROOT, "%.2f", seconds));
      best = Math.min(best, seconds);
    }
    return new Side(best, documents);
  }

  /**
   * A small corpus (hard links to the first report and event files, about {@value #WARMUP_BYTES}
   * bytes) indexed untimed by each pipeline before the timed runs, so neither pays the JIT warm-up
   * of shared code (Lucene, the parser) for the other.
   */
  private Path warmupCorpus(GeneratedCorpus corpus) throws IOException {
    Path dir = options.workDir().resolve("warmup-corpus");
    deleteTree(dir);
    Files.createDirectories(dir);
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus.dir())) {
      files = s.sorted().toList();
    }
    long bytes = 0;
    boolean csv = false;
    for (Path f : files) {
      boolean isCsv = f.toString().endsWith(".csv");
      if (bytes >= WARMUP_BYTES && (csv || !isCsv)) continue;
      if (isCsv && csv) continue;
      csv |= isCsv;
      bytes += Files.size(f);
      try {
        Files.createLink(dir.resolve(f.getFileName()), f);
      } catch (UnsupportedOperationException | IOException e) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    return dir;
  }

  private static final long WARMUP_BYTES = 2_000_000;

  private void warmUp(String name, CorpusIndexer indexer, Path warmupCorpus) throws Exception {
    Path index = options.workDir().resolve("warmup-index");
    deleteTree(index);
    Files.createDirectories(index);
    LOG.info("warming up {} on {}", name, warmupCorpus);
    indexer.index(warmupCorpus, index);
    deleteTree(index);
  }

  private record Measured(int threads, LatencyStats stats, long heap, long rss) {}

  private List<Measured> measure(SearchTarget target, QueryMix mix, boolean search, boolean memory) throws Exception {
    List<Measured> out = new ArrayList<>();
    for (int threads : options.threads()) {
      LatencyStats stats = search ? load(threads).run(target, mix) : null;
      out.add(new Measured(threads, stats, 0, 0));
    }
    if (memory) {
      Measured last = out.remove(out.size() - 1);
      if (!search) target.execute(mix.get(0)); // let a lazily opening service open
      out.add(new Measured(last.threads, last.stats, ResourceMeter.heapAfterGc(), ResourceMeter.residentSetSize()));
    }
    return out;
  }

  private SearchLoad load(int threads) {
    LOG.info("searching with {} thread(s) for {} (warm-up {})", threads, options.duration(), options.warmup());
    return new SearchLoad(threads, options.warmup(), options.duration(), options.maxQueries());
  }

  /** Which queries of the mix find nothing on this index (a sanity check of the mix). */
  private static String zeroHitNote(SearchTarget target, QueryMix mix) throws Exception {
    List<String> empty = new ArrayList<>();
    for (BenchQuery q : mix.queries()) {
      if (target.execute(q) == 0) empty.add(q.toString());
    }
    return "query mix: " + mix.size() + " queries; with no raw hits: " + (empty.isEmpty() ? "none" : empty);
  }

  /** Deletes a folder the runner owns (inside the work folder). */
  private void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    Path work = options.workDir().toAbsolutePath().normalize();
    if (!dir.toAbsolutePath().normalize().startsWith(work)) {
      throw new IllegalStateException("refusing to delete " + dir + " outside the work folder " + work);
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
