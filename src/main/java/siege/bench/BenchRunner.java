package siege.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.time.Duration;
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
  /** Starts per start-up figure (the median is shown). */
  static final int STARTUP_RUNS = 3;
  private static final Logger LOG = LoggerFactory.getLogger(BenchRunner.class);
  private static final double MB = 1_000_000.0;

  private final BenchOptions options;
  private final OursPipeline ours;
  private final Consumer<String> progress;

  /** Raw baseline only (before our pipeline is plugged in). */
  public BenchRunner(BenchOptions options) {
    this(options, null);
  }

  /** @param ours our pipeline, or null to measure the baseline only */
  public BenchRunner(BenchOptions options, OursPipeline ours) {
    this(options, ours, line -> LOG.info(line));
  }

  /** @param progress receives a line as each step starts (the CLI prints them) */
  public BenchRunner(BenchOptions options, OursPipeline ours, Consumer<String> progress) {
    this.options = options;
    this.ours = ours;
    this.progress = progress;
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
    boolean perQuery = options.phases().contains(Phase.PERQUERY);
    if (search || memory || perQuery) {
      if (!Files.isDirectory(rawIndex)) {
        throw new IllegalStateException("no raw index in " + rawIndex + ": run the index phase first");
      }
      long heapBefore = memory ? ResourceMeter.heapAfterGc() : 0;
      if (memory) report.note(String.format(Locale.ROOT, "heap after GC with no searcher open: %.1f MB", heapBefore / MB));
      PerQueryCpu perQueryCpu = new PerQueryCpu(options.rounds());
      List<Measured> raw = List.of();
      LatencyStats rawFacets = null;
      List<PerQueryCpu.Measure> rawPerQuery = null;
      try (RawLuceneSearcher searcher = RawLuceneBaseline.open(rawIndex, true)) {
        report.note(zeroHitNote("raw", searcher, mix));
        if (search || memory) {
          progress.accept("search: raw Lucene with facets");
          raw = measure(searcher, mix, search, memory);
        }
        if (search) rawFacets = oneThread(searcher, mix, raw);
        if (perQuery) {
          progress.accept("perquery: raw Lucene with facets, " + options.rounds() + " rounds per query");
          rawPerQuery = perQueryCpu.run(searcher, mix);
        }
      }
      LatencyStats rawPlain = null;
      if (search) {
        try (RawLuceneSearcher plain = RawLuceneBaseline.open(rawIndex, false)) {
          progress.accept("search: raw Lucene without facets");
          rawPlain = load(1).run(plain, mix);
        }
      }
      List<Measured> our = null;
      Switched switched = null;
      List<PerQueryCpu.Measure> oursPerQuery = null;
      List<PerQueryCpu.Measure> oursBarePerQuery = null;
      if (ours != null) {
        if (!Files.isDirectory(oursIndex)) {
          throw new IllegalStateException("no index of ours in " + oursIndex + ": run the index phase first");
        }
        try (SearchServiceTarget target = new SearchServiceTarget(ours.searchService().open(oursIndex))) {
          report.note(zeroHitNote("ours", target, mix));
          if (search || memory) {
            progress.accept("search: ours (SearchService: page 1, 10 hits, facets, snippets)");
            our = measure(target, mix, search, memory);
          }
          if (search) switched = switched(target, mix, our);
          if (perQuery) {
            progress.accept("perquery: ours with facets and snippets, " + options.rounds() + " rounds per query");
            oursPerQuery = perQueryCpu.run(target, mix);
            progress.accept("perquery: ours with facets and snippets off");
            oursBarePerQuery = perQueryCpu.run(target.switches(false, false), mix);
          }
          if (target.timeouts() > 0) {
            report.note("ours: " + target.timeouts() + " searches stopped by the service's time limit (counted with 0 hits)");
          }
        }
      }
      for (int i = 0; i < raw.size(); i++) {
        Measured r = raw.get(i);
        Measured o = our == null ? null : our.get(i);
        if (r.stats != null) searchRows(report, "search " + r.threads + "t", o == null ? null : o.stats, r.stats);
      }
      if (search) searchCosts(report, rawFacets, rawPlain, switched);
      if (memory) {
        Measured r = raw.get(raw.size() - 1);
        Measured o = our == null ? null : our.get(our.size() - 1);
        report.add("memory", "heap after GC MB", o == null ? null : o.heap / MB, r.heap / MB);
        report.add("memory", "RSS MB", o == null ? null : o.rss / MB, r.rss / MB);
      }
      if (perQuery) perQueryLines(report, mix, oursPerQuery, oursBarePerQuery, rawPerQuery);
    }
    boolean startup = options.phases().contains(Phase.STARTUP);
    boolean http = options.phases().contains(Phase.HTTP);
    if (ours != null && (startup || http)) serverPhases(report, corpus, oursIndex, httpQueries, startup, http);
    return report;
  }

  /** Our service at 1 thread with its request switches: snippets off, facets off, both off. */
  private record Switched(LatencyStats full, LatencyStats noSnippets, LatencyStats noFacets, LatencyStats neither) {}

  /** @param measured the runs at each thread count; the 1-thread one is the full side of the costs */
  private Switched switched(SearchServiceTarget target, QueryMix mix, List<Measured> measured) throws Exception {
    LatencyStats full = oneThread(target, mix, measured);
    progress.accept("search: ours with snippets=false");
    LatencyStats noSnippets = load(1).run(target.switches(true, false), mix);
    progress.accept("search: ours with facets=false");
    LatencyStats noFacets = load(1).run(target.switches(false, true), mix);
    progress.accept("search: ours with facets=false and snippets=false");
    LatencyStats neither = load(1).run(target.switches(false, false), mix);
    return new Switched(full, noSnippets, noFacets, neither);
  }

  /** The 1-thread run of {@code measured}, or a new 1-thread run when --threads has no 1. */
  private LatencyStats oneThread(SearchTarget target, QueryMix mix, List<Measured> measured) throws Exception {
    for (Measured m : measured) {
      if (m.threads == 1 && m.stats != null) return m.stats;
    }
    progress.accept("search: 1 thread for the cost rows");
    return load(1).run(target, mix);
  }

  private static void searchRows(BenchReport report, String phase, LatencyStats ours, LatencyStats raw) {
    report.add(phase, "queries/s", ours == null ? null : ours.queriesPerSecond(), raw == null ? null : raw.queriesPerSecond());
    report.add(phase, "mean ms", ours == null ? null : ours.meanMillis(), raw == null ? null : raw.meanMillis());
    report.add(phase, "cpu ms/query", ours == null ? null : ours.cpuMillisPerQuery(), raw == null ? null : raw.cpuMillisPerQuery());
    report.add(phase, "p50 ms", ours == null ? null : ours.p50Millis(), raw == null ? null : raw.p50Millis());
    report.add(phase, "p99 ms", ours == null ? null : ours.p99Millis(), raw == null ? null : raw.p99Millis());
  }

  /**
   * The 1-thread rows without facets and/or snippets, and the cost of facets and of snippets each on
   * its own. Raw Lucene never makes snippets, so its side of each row is the run doing the same
   * counting: with facets beside "no snippets", without beside "no facets" and "no facets, no
   * snippets" (the like-for-like row). Costs are differences of mean and of CPU time per query: full
   * minus the run without the part.
   */
  private static void searchCosts(BenchReport report, LatencyStats rawFacets, LatencyStats rawPlain, Switched ours) {
    searchRows(report, "search 1t no snippets", ours == null ? null : ours.noSnippets, rawFacets);
    searchRows(report, "search 1t no facets", ours == null ? null : ours.noFacets, rawPlain);
    searchRows(report, "search 1t no facets, no snippets", ours == null ? null : ours.neither, rawPlain);
    Double rawFacetsMean = rawFacets.meanMillis() - rawPlain.meanMillis();
    Double rawFacetsCpu = difference(rawFacets.cpuMillisPerQuery(), rawPlain.cpuMillisPerQuery());
    if (ours == null) {
      report.add("cost of facets", "mean ms/query", null, rawFacetsMean);
      report.add("cost of facets", "cpu ms/query", null, rawFacetsCpu);
      return;
    }
    LatencyStats full = ours.full;
    report.add("cost of facets", "mean ms/query", full.meanMillis() - ours.noFacets.meanMillis(), rawFacetsMean);
    report.add("cost of facets", "cpu ms/query", difference(full.cpuMillisPerQuery(), ours.noFacets.cpuMillisPerQuery()),
        rawFacetsCpu);
    report.add("cost of snippets", "mean ms/query", full.meanMillis() - ours.noSnippets.meanMillis(), null);
    report.add("cost of snippets", "cpu ms/query",
        difference(full.cpuMillisPerQuery(), ours.noSnippets.cpuMillisPerQuery()), null);
  }

  private static Double difference(Double a, Double b) {
    return a == null || b == null ? null : a - b;
  }

  /** The per-query table: one line per query of the mix, from whichever sides were measured. */
  private static void perQueryLines(BenchReport report, QueryMix mix, List<PerQueryCpu.Measure> ours,
      List<PerQueryCpu.Measure> oursBare, List<PerQueryCpu.Measure> raw) {
    List<String> changed = new ArrayList<>();
    for (int i = 0; i < mix.size(); i++) {
      PerQueryCpu.Measure o = ours == null ? null : ours.get(i);
      PerQueryCpu.Measure b = oursBare == null ? null : oursBare.get(i);
      PerQueryCpu.Measure r = raw == null ? null : raw.get(i);
      if (o != null && b != null && o.hits() != b.hits()) changed.add(mix.queries().get(i) + ": " + o.hits() + " vs " + b.hits());
      report.addQuery(new BenchReport.QueryLine(mix.queries().get(i).toString(), o == null ? null : o.hits(),
          r == null ? null : r.hits(), o == null ? null : o.cpuMillis(), b == null ? null : b.cpuMillis(),
          r == null ? null : r.cpuMillis()));
    }
    if (!changed.isEmpty()) report.note("perquery: ours reported other totals with facets and snippets off: " + changed);
  }

  /** Starts the server {@link #STARTUP_RUNS} times: the median seconds to the first answer. */
  private double medianStart(List<String> jvm, Path index, Path corpus, Path log, String first, Duration timeout,
      boolean withoutIndex) throws Exception {
    double[] seconds = new double[STARTUP_RUNS];
    for (int i = 0; i < STARTUP_RUNS; i++) {
      if (withoutIndex) deleteTree(index);
      try (ServerProcess server = ServerProcess.start(jvm, index, corpus, log)) {
        seconds[i] = server.secondsToFirstAnswer(first, timeout);
      }
    }
    java.util.Arrays.sort(seconds);
    return seconds[STARTUP_RUNS / 2];
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * Start-up and HTTP: our server as its own process with {@code -Xmx} of the options. Start-up:
   * launch until the first 200 of {@code /api/search}, on a copy of the shipped corpus (with no
   * index, then with the index it built) and on our index of the generated corpus. HTTP: wrk
   * against {@code /api/search} (the query mix) and {@code /health} of the server on the generated
   * index, then that server's RSS and heap after a full GC.
   */
  private void serverPhases(BenchReport report, GeneratedCorpus corpus, Path oursIndex, Path httpQueries,
      boolean startup, boolean http) throws Exception {
    List<String> jvm = List.of("-Xmx" + options.serverHeap());
    Path logs = options.workDir().resolve("server-logs");
    Files.createDirectories(logs);
    Duration timeout = Duration.ofMinutes(30);
    String first = "/api/search?q=shelling";
    if (startup) {
      Path shipped = options.shippedCorpus();
      if (!Files.isDirectory(shipped)) {
        report.note("start-up on the shipped corpus: skipped, no folder " + shipped + " (give it with --shipped-corpus)");
      } else {
        Path dir = options.workDir().resolve("startup");
        deleteTree(dir);
        Path copy = dir.resolve("corpus");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(shipped)) {
          for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, copy.resolve(f.getFileName()));
        }
        Path index = dir.resolve("index");
        java.util.Optional<String> archive = ServerProcess.classArchive(System.getProperty("java.class.path"));
        report.note("start-up: median of " + STARTUP_RUNS + " starts each; "
            + (archive.isPresent() ? "with the build's class archive " + archive.get() + " (as the README's run command),"
                + " and without it" : "no class archive next to the jar (run from target/siege-search.jar after mvn package)"));
        List<List<String>> variants = archive.isPresent()
            ? List.of(jvm, concat(jvm, ServerProcess.withoutClassArchive())) : List.of(jvm);
        for (int v = 0; v < variants.size(); v++) {
          String suffix = v == 0 ? "" : ", no class archive";
          progress.accept("start-up: serve on the shipped corpus " + shipped + ", no index yet" + suffix);
          double cold = medianStart(variants.get(v), index, copy, logs.resolve("startup-cold" + v + ".log"), first, timeout, true);
          progress.accept("start-up: serve on the shipped corpus with its index" + suffix);
          double warm = medianStart(variants.get(v), index, copy, logs.resolve("startup-warm" + v + ".log"), first, timeout, false);
          report.add("start-up", "shipped corpus, no index s" + suffix, cold, null);
          report.add("start-up", "shipped corpus, index built s" + suffix, warm, null);
        }
      }
    }
    if (!Files.isDirectory(oursIndex)) {
      report.note("start-up and HTTP on the generated index: skipped, no index of ours in " + oursIndex);
      return;
    }
    WrkLoad wrk = http ? WrkLoad.find(2, options.connections(), options.httpDuration()) : null;
    if (http && wrk == null) {
      report.note("http: skipped: wrk is not installed (Debian: apt-get install wrk)");
      http = false;
    }
    if (!startup && !http) return;
    progress.accept("start-up: serve on our index of the generated corpus (" + corpus.events() + " events)");
    try (ServerProcess server = ServerProcess.start(jvm, oursIndex, corpus.dir(), logs.resolve("serve-generated.log"))) {
      double seconds = server.secondsToFirstAnswer(first, timeout);
      if (startup) report.add("start-up", "generated index s", seconds, null);
      if (!http) return;
      java.net.URI url = server.url(timeout);
      report.note("http: " + wrk.describe() + " against " + url + " (server -Xmx" + options.serverHeap() + ")");
      Path out = options.workDir().resolve("http");
      Files.createDirectories(out);
      // the server is a fresh JVM: without a warm-up as long as the measurement, /api/search is
      // measured half interpreted (at 10^6: 11 requests/s after 3 s of warm-up, 30 after 20 s)
      Duration warm = options.httpDuration().compareTo(options.warmup()) > 0 ? options.httpDuration() : options.warmup();
      progress.accept("http: warm-up on /api/search for " + warm.toSeconds() + " s");
      WrkLoad.find(2, options.connections(), warm).run(url, httpQueries, out, out.resolve("warmup.txt"));
      progress.accept("http: /api/search (result cache on) for " + options.httpDuration().toSeconds() + " s");
      WrkLoad.Result cached = wrk.run(url, httpQueries, out, out.resolve("search-cached.txt"));
      progress.accept("http: /health for " + options.httpDuration().toSeconds() + " s");
      WrkLoad.Result h = wrk.run(url, null, out, out.resolve("health.txt"));
      long rss = server.residentSetSize();
      long heap = server.heapAfterGc();
      WrkLoad.Result uncached = uncachedSearchLoad(jvm, oursIndex, corpus.dir(), logs, httpQueries, out, warm, timeout);
      report.add("http", "2xx requests/s (ours /api/search cached, raw /health)", cached.requestsPerSecond(), h.requestsPerSecond());
      report.add("http", "2xx requests/s (ours /api/search uncached, raw /health)", uncached.requestsPerSecond(), h.requestsPerSecond());
      report.add("http", "p50 ms (cached; raw /health)", cached.p50Millis(), h.p50Millis());
      report.add("http", "p50 ms (uncached; raw /health)", uncached.p50Millis(), h.p50Millis());
      report.add("http", "p99 ms (cached; raw /health)", cached.p99Millis(), h.p99Millis());
      report.add("http", "p99 ms (uncached; raw /health)", uncached.p99Millis(), h.p99Millis());
      report.add("http", "errors (cached; raw /health)", (double) cached.errors(), (double) h.errors());
      report.add("http", "errors (uncached; raw /health)", (double) uncached.errors(), (double) h.errors());
      report.add("server memory", "RSS after load MB", rss < 0 ? null : rss / MB, null);
      report.add("server memory", "heap after GC MB", heap < 0 ? null : heap / MB, null);
    }
  }

  /**
   * {@code /api/search} on a second server started with {@code --result-cache 0}, so every request
   * searches: the cost of the search itself through HTTP (the first server's answers come from its
   * result cache once the mix has been seen).
   */
  private WrkLoad.Result uncachedSearchLoad(List<String> jvm, Path oursIndex, Path corpusDir, Path logs, Path httpQueries,
      Path out, Duration warm, Duration timeout) throws Exception {
    try (ServerProcess server = ServerProcess.start(jvm, oursIndex, corpusDir, logs.resolve("serve-uncached.log"),
        List.of("--result-cache", "0"))) {
      java.net.URI url = server.url(timeout);
      server.secondsToFirstAnswer("/health", timeout);
      progress.accept("http: second server without the result cache: warm-up on /api/search for " + warm.toSeconds() + " s");
      WrkLoad.find(2, options.connections(), warm).run(url, httpQueries, out, out.resolve("warmup-uncached.txt"));
      progress.accept("http: /api/search (result cache off) for " + options.httpDuration().toSeconds() + " s");
      return WrkLoad.find(2, options.connections(), options.httpDuration())
          .run(url, httpQueries, out, out.resolve("search-uncached.txt"));
    }
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
    progress.accept("  " + threads + " thread(s), warm-up " + options.warmup().toSeconds() + " s, measured "
        + options.duration().toSeconds() + " s");
    return new SearchLoad(threads, options.warmup(), options.duration(), options.maxQueries());
  }

  /** Which queries of the mix find nothing on this index (a sanity check of the mix). */
  private static String zeroHitNote(String name, SearchTarget target, QueryMix mix) throws Exception {
    List<String> empty = new ArrayList<>();
    for (BenchQuery q : mix.queries()) {
      if (target.execute(q) == 0) empty.add(q.toString());
    }
    return "query mix: " + mix.size() + " queries; with no " + name + " hits: " + (empty.isEmpty() ? "none" : empty);
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
