package siege.http;

import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The hostile-input property against the fake service. */
class HostileInputPropertiesTest extends HostileInputProperties {
  static TestServer server;

  @BeforeContainer
  static void start() {
    server = new TestServer(new FakeSearchService());
  }

  @AfterContainer
  static void stop() {
    server.close();
  }

  @Override
  TestServer t() {
    return server;
  }
}
