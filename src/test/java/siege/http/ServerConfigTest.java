package siege.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

  @Test
  void defaultsAreLoopbackPort7070AnyOrigin() {
    ServerConfig c = ServerConfig.defaults();
    assertThat(c.host()).isEqualTo("127.0.0.1");
    assertThat(c.port()).isEqualTo(7070);
    assertThat(c.corsOrigins()).containsExactly("*");
    assertThat(c.allowsAnyOrigin()).isTrue();
    assertThat(c.maxQueryLength()).isEqualTo(500);
    assertThat(c.maxRequestHeaderBytes()).isEqualTo(8192);
    assertThat(c.withPort(0).withHost("0.0.0.0").withSearchTimeout(Duration.ofSeconds(1)))
        .extracting(ServerConfig::port, ServerConfig::host, ServerConfig::searchTimeout)
        .containsExactly(0, "0.0.0.0", Duration.ofSeconds(1));
  }

  @Test
  void corsOriginListsAreParsedAndChecked() {
    assertThat(ServerConfig.parseCorsOrigins("*")).containsExactly("*");
    assertThat(ServerConfig.parseCorsOrigins(" https://a.org , http://localhost:8080/,")).containsExactly("https://a.org", "http://localhost:8080");
    var c = ServerConfig.defaults().withCorsOrigins(List.of("https://a.org"));
    assertThat(c.allowsAnyOrigin()).isFalse();
    assertThatThrownBy(() -> ServerConfig.defaults().withCorsOrigins(List.of("a.org")))
        .hasMessageContaining("'a.org'").hasMessageContaining("scheme://host");
    assertThatThrownBy(() -> ServerConfig.parseCorsOrigins(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void badSettingsAreRefusedWithAMessage() {
    assertThatThrownBy(() -> ServerConfig.defaults().withPort(70000)).hasMessageContaining("0..65535");
    assertThatThrownBy(() -> ServerConfig.defaults().withPort(-1)).hasMessageContaining("0..65535");
    assertThatThrownBy(() -> ServerConfig.defaults().withMaxConcurrentSearches(0)).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> ServerConfig.defaults().withSearchTimeout(Duration.ZERO)).hasMessageContaining("positive");
    assertThatThrownBy(() -> ServerConfig.defaults().withHost(" ")).hasMessageContaining("host");
  }
}
