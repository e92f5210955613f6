package siege.web;

import java.nio.file.Path;

/**
 * The site the browser tests drive: the static pages of {@code src/main/resources/public} and the
 * {@code /api} they call, on a loopback port. {@link #start()} is the one place that decides which
 * server that is.
 */
interface SiteUnderTest extends AutoCloseable {

  /** The origin of the site, e.g. {@code http://127.0.0.1:41234} (no trailing slash). */
  String baseUrl();

  /** Stops the server; later requests fail to connect. */
  @Override
  void close();

  /**
   * Starts the site. Today: a test-only static server with a fake API over the shipped corpus plus
   * {@code src/test/resources/web/hostile-report.txt}. After the merge: start the real Javalin app
   * on an index built from that same corpus, on port 0, and return its URL here.
   */
  static SiteUnderTest start() {
    return FakeSiteServer.start(new FakeApi(Path.of("corpus")));
  }
}
