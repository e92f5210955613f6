package siege.web;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siege.http.SearchServer;
import siege.http.ServerConfig;
import siege.index.CorpusIndexer;
import siege.index.IndexSummary;
import siege.search.LuceneSearchService;

/**
 * The site the browser tests drive: the real Javalin {@link SearchServer} (API and the pages of
 * {@code src/main/resources/public}) over a real Lucene index, on a free port of 127.0.0.1.
 *
 * <p>The index is built once per test run (JVM) by {@link CorpusIndexer} from the shipped
 * {@code corpus/} plus {@code src/test/resources/web/hostile-report.txt} (report id
 * {@code hostile-report}, whose title and text hold HTML and script), in a temporary directory
 * deleted when the JVM exits. Each {@link #start()} opens a new searcher and server on it.
 */
final class SiteUnderTest implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SiteUnderTest.class);
  static final Path CORPUS = Path.of("corpus");
  static final String HOSTILE_REPORT = "/web/hostile-report.txt";

  private static Path sharedIndex;

  private final LuceneSearchService service;
  private final SearchServer server;
  private final String baseUrl;

  private SiteUnderTest(LuceneSearchService service, SearchServer server) {
    this.service = service;
    this.server = server;
    String url = server.url().toString();
    this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Starts a server on the shared test index (built on first use) at 127.0.0.1, port 0. */
  static SiteUnderTest start() {
    try {
      LuceneSearchService service = LuceneSearchService.open(index());
      SearchServer server = new SearchServer(service, ServerConfig.defaults().withHost("127.0.0.1").withPort(0));
      try {
        server.start();
      } catch (RuntimeException e) {
        service.close();
        throw e;
      }
      return new SiteUnderTest(service, server);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the test index", e);
    }
  }

  /** The origin of the site, e.g. {@code http://127.0.0.1:41234} (no trailing slash). */
  String baseUrl() {
    return baseUrl;
  }

  /** Stops the server (later requests fail to connect) and closes its searcher. Safe twice. */
  @Override
  public void close() {
    server.stop();
    try {
      service.close();
    } catch (IOException | RuntimeException e) {
      LOG.debug("closing the test search service: {}", e.toString());
    }
  }

  private static synchronized Path index() throws IOException {
    if (sharedIndex == null) {
      Path root = Files.createTempDirectory("siege-web-test-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
      Path corpus = Files.createDirectories(root.resolve("corpus"));
      try (Stream<Path> files = Files.list(CORPUS)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
          Files.copy(f, corpus.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
      try (InputStream in = SiteUnderTest.class.getResourceAsStream(HOSTILE_REPORT)) {
        if (in == null) throw new IOException("missing test resource " + HOSTILE_REPORT);
        Files.copy(in, corpus.resolve("hostile-report.txt"));
      }
      Path index = root.resolve("index");
      IndexSummary summary = new CorpusIndexer().index(corpus, index);
      if (!summary.problems().isEmpty()) {
        throw new IllegalStateException("the test corpus did not index cleanly: " + summary.problems());
      }
      sharedIndex = index;
    }
    return sharedIndex;
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // best effort at JVM exit
    }
  }
}
