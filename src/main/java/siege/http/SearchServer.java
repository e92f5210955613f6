package siege.http;

import io.javalin.Javalin;
import java.net.URI;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siege.search.SearchService;

/**
 * The HTTP server over a {@link SearchService}: the JSON API under {@code /api}, {@code /health},
 * {@code /openapi.json} and the front-end files of the classpath folder {@code /public}.
 *
 * <pre>{@code
 * SearchServer server = new SearchServer(service, ServerConfig.defaults().withPort(7070));
 * URI url = server.start();                        // e.g. http://127.0.0.1:7070/
 * Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
 * }</pre>
 *
 * The server does not own the service: close it yourself after {@link #stop()}.
 */
public final class SearchServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SearchServer.class);

  private final ServerConfig config;
  private final SearchGate gate;
  private final CachedAnswers answers;
  private final Javalin app;
  private volatile boolean started;
  private volatile boolean stopped;

  public SearchServer(SearchService service, ServerConfig config) {
    this(service, config, HttpApp.DEFAULT_STATIC_FOLDER);
  }

  /** For tests: serve the front-end from another classpath folder. */
  SearchServer(SearchService service, ServerConfig config, String staticFolder) {
    this.config = Objects.requireNonNull(config, "config");
    Objects.requireNonNull(service, "service");
    this.gate = new SearchGate(config.maxConcurrentSearches(), config.searchTimeout());
    this.answers = new CachedAnswers(service, config.resultCacheEnabled()
        ? new ResponseCache(config.resultCacheEntries(), config.resultCacheBytes(), service::snapshotVersion) : null);
    this.app = HttpApp.create(service, config, gate, answers, staticFolder);
  }

  /**
   * Binds and starts serving.
   *
   * @return the base URL, with the real port when the config asked for port 0
   * @throws io.javalin.util.JavalinBindException when the port is taken (the server is then
   *     stopped)
   */
  public synchronized URI start() {
    if (stopped) throw new IllegalStateException("a stopped server cannot be restarted");
    if (!started) {
      try {
        app.start(config.host(), config.port());
      } catch (RuntimeException e) {
        stop();
        throw e;
      }
      started = true;
      LOG.info("serving on {} (cors origins {}, {} concurrent searches, {} ms per search, result cache {})",
          url(), config.corsOrigins(), config.maxConcurrentSearches(), config.searchTimeout().toMillis(),
          config.resultCacheEnabled() ? config.resultCacheEntries() + " answers / " + config.resultCacheBytes() / (1024 * 1024) + " MB" : "off");
    }
    return url();
  }

  /** The result cache, null when it is off (for tests). */
  ResponseCache resultCache() {
    return answers.cache();
  }

  /** The bound port (after {@link #start()}). */
  public int port() {
    return app.port();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:7070/} (after {@link #start()}). */
  public URI url() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** Stops accepting requests, closes the port and the search workers. Safe to call twice. */
  public synchronized void stop() {
    if (stopped) return;
    stopped = true;
    try {
      app.stop();
    } finally {
      gate.close();
      LOG.info("server stopped");
    }
  }

  @Override
  public void close() {
    stop();
  }
}
