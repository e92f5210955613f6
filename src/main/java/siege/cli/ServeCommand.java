package siege.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import siege.http.SearchServer;
import siege.http.ServerConfig;
import siege.index.CorpusIndexer;
import siege.index.IndexStatus;
import siege.index.IndexSummary;
import siege.search.LuceneSearchService;

/**
 * {@code serve}: builds the index first when it is missing, of another schema or older than the
 * corpus, then serves the HTTP API and pages until SIGTERM or Ctrl-C.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the search API and pages; (re)builds the index first when it is missing or older than the corpus.")
final class ServeCommand implements Callable<Integer> {
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

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ServerConfig config;
    try {
      config = ServerConfig.defaults().withHost(host).withPort(port)
          .withCorsOrigins(ServerConfig.parseCorsOrigins(corsOrigins));
    } catch (IllegalArgumentException e) {
      throw new CliException(Main.USAGE, e.getMessage());
    }
    buildIndexIfStale(out);
    LuceneSearchService service = LuceneSearchService.open(index);
    SearchServer server = new SearchServer(service, config);
    URI url;
    try {
      url = server.start();
    } catch (RuntimeException e) {
      service.close();
      throw new CliException(Main.PARTIAL, "cannot listen on " + host + ":" + port + ": " + rootMessage(e));
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      try {
        service.close();
      } catch (IOException ignored) {
        // closing on the way out: nothing left to do
      }
      stopped.countDown();
    }, "siege-shutdown"));
    out.println("Siege Search is serving " + service.documentCount() + " documents at " + url);
    out.flush();
    stopped.await();
    return Main.OK;
  }

  private void buildIndexIfStale(PrintWriter out) {
    try {
      if (!Files.isDirectory(corpus)) {
        if (IndexStatus.exists(index)) {
          out.println("corpus folder " + corpus + " not found: serving the existing index as it is");
          return;
        }
        throw new CliException(Main.USAGE, "corpus folder not found: " + corpus + " and no index in " + index);
      }
      IndexStatus status = IndexStatus.read(index);
      if (status.exists() && !status.needsRebuild(corpus)) return;
      out.println(status.exists() ? "index is older than the corpus or of another schema: rebuilding" : "no index yet: building it");
      IndexSummary s = new CorpusIndexer(new ProgressLines(out)).index(corpus, index);
      for (String problem : s.problems()) out.println(problem);
      out.printf("indexed %d reports, %d paragraphs, %d events in %.1f s%n",
          s.reports(), s.paragraphs(), s.events(), s.millis() / 1000.0);
    } catch (IOException e) {
      if (isServable()) {
        out.println("could not rebuild the index (" + e.getMessage() + "): serving the previous one");
        return;
      }
      throw new CliException(Main.PARTIAL, "could not build the index in " + index + ": " + e.getMessage());
    }
  }

  private boolean isServable() {
    try {
      return IndexStatus.exists(index);
    } catch (IOException e) {
      return false;
    }
  }

  private static String rootMessage(Throwable t) {
    while (t.getCause() != null) t = t.getCause();
    return t.getMessage();
  }
}
