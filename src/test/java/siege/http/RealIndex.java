package siege.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import siege.index.CorpusIndexer;
import siege.search.LuceneSearchService;

/**
 * The real stack for HTTP tests: the shipped corpus/ plus one report of our own whose text holds
 * HTML ({@link #SCRIPT_REPORT}), indexed once per test run into a temporary folder, served by a
 * {@link LuceneSearchService} behind a real {@link SearchServer} on a free loopback port. Shared by
 * every real-index test class (building it takes a few seconds); removed when the JVM exits.
 */
final class RealIndex {
  static final String SCRIPT_REPORT = "siege-of-testville";
  static final String SCRIPT_TEXT = "A note reading <script>alert(1)</script> & \"run\" was pinned to the"
      + " Testville water tower.";

  private static RealIndex shared;

  final Path corpus;
  final Path index;
  final LuceneSearchService service;
  final TestServer server;

  private RealIndex(Path root) throws IOException {
    corpus = Files.createDirectories(root.resolve("corpus"));
    index = root.resolve("index");
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    Files.writeString(corpus.resolve(SCRIPT_REPORT + ".txt"),
        "= Siege of Testville =\n\n" + SCRIPT_TEXT + "\n");
    new CorpusIndexer().index(corpus, index);
    service = LuceneSearchService.open(index);
    server = new TestServer(service);
  }

  /** The shared real server (built on first use). */
  static synchronized RealIndex get() {
    if (shared == null) {
      try {
        Path root = Files.createTempDirectory("siege-http-real");
        shared = new RealIndex(root);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.close(root), "siege-real-index-cleanup"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  private void close(Path root) {
    server.close();
    try {
      service.close();
      try (Stream<Path> all = Files.walk(root)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // best effort on the way out
    }
  }
}
