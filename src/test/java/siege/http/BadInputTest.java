package siege.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The bad-input cases against the fake service. */
class BadInputTest extends BadInputCases {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer(new FakeSearchService());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Override
  TestServer t() {
    return server;
  }
}
