package siege.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import siege.analysis.SiegeAnalyzers;
import siege.http.PendingSearchService;
import siege.http.SearchServer;
import siege.http.ServerConfig;
import siege.index.CorpusIndexer;
import siege.index.IndexStartup;
import siege.index.IndexSummary;
import siege.search.LuceneSearchService;
import siege.watch.LiveIndex;

/**
 * {@code serve}: makes the index ready first (builds it when missing, rebuilds it when corrupt or
 * of another schema, otherwise updates it with the changed files), then serves the HTTP API and
 * pages until SIGTERM or Ctrl-C; with {@code --watch}, keeps the index in step with the corpus.
 * Logs each effective setting once at startup (INFO, on standard error); requests are not logged.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the search API and pages; first builds the index when missing, rebuilds it when corrupt "
        + "or of another schema, else indexes the files changed since it was built.")
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
  /** How long a request arriving while the index is prepared waits for it before a 503 starting. */
  static final Duration STARTING_WAIT = Duration.ofSeconds(4);

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "index folder (default: ${DEFAULT-VALUE})")
  Path index;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "corpus folder (default: ${DEFAULT-VALUE})")
  Path corpus;

  @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST, description = "address to bind (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--port", defaultValue = "7070", description = "port, 0 for any free one (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--cors-origins", paramLabel = "LIST", defaultValue = "*",
      description = "comma-separated origins allowed to call the API from a browser (default: ${DEFAULT-VALUE})")
  String corsOrigins;

  @Option(names = "--rebuild", description = "rebuild the index from the corpus before serving")
  boolean rebuild;

  @Option(names = "--watch", description = "watch the corpus folder: index files added, changed or removed "
      + "while serving (searchable within seconds, no restart)")
  boolean watch;

  @Option(names = "--result-cache", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_RESULT_CACHE_ENTRIES,
      description = "answers of /api/search, /api/suggest and /api/facets kept for the index being served "
          + "(at most 64 MB; 0 turns the cache off; default: ${DEFAULT-VALUE})")
  int resultCache;

  @Option(names = "--exit-after-self-test", hidden = true,
      description = "start, ask the server for a few pages and answers, stop: the build's training run for the "
          + "class archive (see pom.xml); exit code 1 when an answer is not 200")
  boolean exitAfterSelfTest;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Running running = start(out);
    if (exitAfterSelfTest) {
      try (running) {
        return SelfTest.run(running.url(), out) ? Main.OK : Main.PARTIAL;
      }
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      running.close();
      stopped.countDown();
    }, "siege-shutdown"));
    out.println("Siege Search is serving " + running.documents() + " documents at " + running.url()
        + (watch ? " (watching " + corpus + " for changes)" : ""));
    out.flush();
    stopped.await();
    return Main.OK;
  }

  /**
   * Builds the index when it is missing or stale, opens it and starts the server; {@link #call()}
   * then waits for SIGTERM / Ctrl-C, tests stop the returned handle.
   *
   * @throws CliException for a bad setting, a corpus that cannot be indexed or a port taken
   */
  Running start(PrintWriter out) throws IOException {
    ServerConfig config;
    try {
      config = ServerConfig.defaults().withHost(host).withPort(port)
          .withCorsOrigins(ServerConfig.parseCorsOrigins(corsOrigins)).withResultCache(resultCache);
    } catch (IllegalArgumentException e) {
      throw new CliException(Main.USAGE, e.getMessage());
    }
    // the index is prepared (built, updated, opened, warmed) while the HTTP server starts: Jetty's
    // start-up overlaps the indexing; a request arriving meanwhile waits for the index (bounded)
    PendingSearchService pending = new PendingSearchService(STARTING_WAIT);
    CompletableFuture<LuceneSearchService> opening = new CompletableFuture<>();
    Thread preparing = new Thread(() -> {
      try {
        CorpusIndexer indexer = new CorpusIndexer(new ProgressLines(out));
        prepareIndex(out, indexer);
        LuceneSearchService opened = LuceneSearchService.open(index); // the suggester is built here
        opening.complete(opened);
        warmUp(opened);
      } catch (Throwable e) {
        opening.completeExceptionally(e);
      }
    }, "siege-index-startup");
    preparing.setDaemon(true);
    preparing.start();
    prebuildQueryAnalysis();
    SearchServer server = new SearchServer(pending, config);
    RuntimeException bindFailure = null;
    try {
      server.start();
    } catch (RuntimeException e) {
      bindFailure = e;
    }
    LuceneSearchService service;
    try {
      service = awaitIndex(opening);
    } catch (IOException | RuntimeException e) {
      pending.fail(e);
      server.stop();
      throw e;
    }
    if (bindFailure != null) {
      service.close();
      throw new CliException(Main.PARTIAL, "cannot listen on " + host + ":" + port + ": " + rootMessage(bindFailure));
    }
    pending.complete(service);
    LiveIndex live = null;
    if (watch) {
      try {
        live = LiveIndex.start(corpus, index, new CorpusIndexer(), service);
      } catch (IOException e) {
        server.stop();
        service.close();
        throw new CliException(Main.PARTIAL, "cannot watch the corpus folder " + corpus + ": " + e.getMessage());
      }
    }
    Map<String, String> settings = settings(config, server, service);
    settings.forEach((name, value) -> LOG.info("{}: {}", name, value));
    return new Running(server, service, live, settings);
  }

  /**
   * The counts of the unfiltered search (what the search page asks first), computed after the
   * index is served rather than before: the first answer does not wait for them.
   */
  private static void warmUp(LuceneSearchService service) {
    try {
      service.warmUp();
    } catch (RuntimeException e) { // e.g. the server was stopped meanwhile
      LOG.debug("warm-up stopped: {}", e.toString());
    }
  }

  /**
   * Parses the built-in thesaurus and loads the query analysis classes on a background thread
   * while the index is prepared and the server starts: opening the index then builds its query
   * analyser (the thesaurus' synonym maps with the index's actor aliases) faster.
   */
  private static void prebuildQueryAnalysis() {
    Thread t = new Thread(() -> {
      try {
        SiegeAnalyzers.queryAnalyzer(Map.of());
      } catch (RuntimeException e) {
        LOG.debug("query analysis not prebuilt: {}", e.toString());
      }
    }, "siege-analysis-warmup");
    t.setDaemon(true);
    t.start();
  }

  /** The index preparation's result, its CliException or IOException as they were thrown. */
  private static LuceneSearchService awaitIndex(CompletableFuture<LuceneSearchService> opening) throws IOException {
    try {
      return opening.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException(Main.PARTIAL, "interrupted while preparing the index");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) throw io;
      if (cause instanceof RuntimeException re) throw re;
      if (cause instanceof Error err) throw err;
      throw new IllegalStateException(cause);
    }
  }

  /** The effective settings of a started server, one log line each. */
  private Map<String, String> settings(ServerConfig config, SearchServer server, LuceneSearchService service) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("url", server.url().toString());
    s.put("index", index.toAbsolutePath() + " (" + service.documentCount() + " documents, version "
        + service.indexVersion() + ")");
    s.put("corpus", corpus.toAbsolutePath().toString());
    s.put("host", config.host());
    s.put("port", config.port() == 0 ? server.port() + " (any free port was asked for)" : String.valueOf(server.port()));
    s.put("cors origins", String.join(", ", config.corsOrigins()));
    s.put("concurrent searches", String.valueOf(config.maxConcurrentSearches()));
    s.put("search time limit", config.searchTimeout().toMillis() + " ms");
    s.put("longest query", config.maxQueryLength() + " characters");
    s.put("request line and headers", "at most " + config.maxRequestHeaderBytes() + " bytes");
    s.put("result cache", config.resultCacheEnabled()
        ? "at most " + config.resultCacheEntries() + " answers, " + config.resultCacheBytes() / (1024 * 1024) + " MB" : "off");
    s.put("watching corpus", watch ? "yes" : "no");
    s.put("request logging", "off");
    return s;
  }

  /** A started server over its open index: {@link #close()} stops both (twice is fine). */
  static final class Running implements AutoCloseable {
    private final SearchServer server;
    private final LuceneSearchService service;
    private final LiveIndex live;
    private final Map<String, String> settings;

    Running(SearchServer server, LuceneSearchService service, LiveIndex live, Map<String, String> settings) {
      this.server = server;
      this.service = service;
      this.live = live;
      this.settings = Map.copyOf(settings);
    }

    /** The effective settings logged at startup. */
    Map<String, String> settings() {
      return settings;
    }

    URI url() {
      return server.url();
    }

    long documents() {
      return service.documentCount();
    }

    @Override
    public void close() {
      if (live != null) live.close();
      server.stop();
      try {
        service.close();
      } catch (IOException e) {
        LOG.warn("could not close the index: {}", e.getMessage());
      }
    }
  }

  /** Builds, repairs, rebuilds or updates the index as needed (see {@link IndexStartup}). */
  private void prepareIndex(PrintWriter out, CorpusIndexer indexer) {
    try {
      IndexStartup.Outcome o = IndexStartup.prepare(corpus, index, rebuild, indexer);
      IndexSummary s = o.summary();
      if (s != null) for (String problem : s.problems()) out.println(problem);
      out.println(o.message());
      if (s != null && s.mode() != IndexSummary.Mode.UNCHANGED) {
        out.printf("indexed %d reports, %d paragraphs, %d events in %.1f s%n",
            s.reports(), s.paragraphs(), s.events(), s.millis() / 1000.0);
      }
    } catch (NoSuchFileException e) {
      throw new CliException(Main.USAGE, "corpus folder not found: " + corpus + " and no index in " + index);
    } catch (IOException e) {
      throw new CliException(Main.PARTIAL, "could not build the index in " + index + ": " + IndexCommand.describe(e));
    }
  }

  private static String rootMessage(Throwable t) {
    while (t.getCause() != null) t = t.getCause();
    return t.getMessage();
  }
}
