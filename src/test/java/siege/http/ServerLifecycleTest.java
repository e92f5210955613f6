package siege.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.util.JavalinBindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Start on a free port, stop cleanly, free the port. */
class ServerLifecycleTest {

  @Test
  void portZeroBindsAFreeLoopbackPortAndStopFreesIt() throws Exception {
    SearchServer server = new SearchServer(new FakeSearchService(), ServerConfig.defaults().withPort(0));
    URI url = server.start();
    int port = server.port();
    assertThat(port).isPositive();
    assertThat(url).isEqualTo(URI.create("http://127.0.0.1:" + port + "/"));
    assertThat(server.start()).isEqualTo(url); // already started: same URL

    try (TestServer.Client c = new TestServer.Client(url)) {
      assertThat(c.get("/health").statusCode()).isEqualTo(200);
    }

    server.stop();
    server.stop(); // twice is fine
    try (ServerSocket again = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
      assertThat(again.getLocalPort()).isEqualTo(port);
    }
    assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aTakenPortFailsToStartWithABindError() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      SearchServer server = new SearchServer(new FakeSearchService(),
          ServerConfig.defaults().withPort(taken.getLocalPort()));
      assertThatThrownBy(server::start).isInstanceOf(JavalinBindException.class)
          .hasMessageContaining(String.valueOf(taken.getLocalPort()));
    }
  }

  @Test
  void closeStopsTheServer() throws Exception {
    int port;
    try (SearchServer server = new SearchServer(new FakeSearchService(), ServerConfig.defaults().withPort(0))) {
      server.start();
      port = server.port();
    }
    try (ServerSocket again = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
      assertThat(again.isBound()).isTrue();
    }
  }
}
