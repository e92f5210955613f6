package siege.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import siege.search.ApiJson;

/**
 * Thousands of random and hostile requests (unicode, control characters, huge numbers, broken
 * escapes, injection strings, repeated and unknown parameters) never get a 5xx, and every refusal
 * of the API is a JSON error body. Run against the fake service ({@link
 * HostileInputPropertiesTest}) and the real index ({@link RealHostileInputPropertiesTest}).
 */
abstract class HostileInputProperties {
  /** The server under test. */
  abstract TestServer t();

  static final List<String> NAMES = List.of("q", "kind", "month", "actor", "event_type",
      "sub_event_type", "tag", "report", "from", "to", "sort", "page", "size", "format");

  static final List<String> HOSTILE = List.of(
      "' OR 1=1 --", "\"; DROP TABLE events; --", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
      "javascript:alert(1)", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "%00", "%", "%%", "%2", "%zz", "%C3",
      "%C3%28", "%ED%A0%80", "%F4%90%80%80", "%EF%BB%BF", "../../etc/passwd", "..%2f..%2f", "\\", "\"", "\"\"",
      "\"car bomb", "car bomb\"", "*", "?", "*:*", "**", "?a*", "/.*/", "/[a-z]+/", "a~", "a~99", "field:",
      ":", "actor:", "actor:\"", "report:*", "event_type:(", "((((((", ")", "[a TO z]", "{a TO z}", "AND",
      "OR", "NOT", "-", "+", "&&", "||", "!", "^", "a^1000", "\u0000", "\u0007", "\u001b[31m", "\u007f",
      "\u202e", "\u200b", "\ufeff", "\ud83d\udca3", "\ud800", "\udfff", "é", "Kobanî", "Goïta",
      "جماعة نصرة الإسلام", "北京", "0", "-1", "1e9", "1.0", "NaN", "Infinity", "0x10", "99999999999999999999",
      "2147483648", "-2147483649", "2023-02-30", "2023-13", "0000-00", "9999-12-31", "+12023-01-01",
      "2023-09-27T00:00", "relevance", "-date", "date", "event", "paragraph", "report", "Battles",
      "blockade", "siege-of-timbuktu", "csv", "jsonl", "shelling", "Wagner Group", "2023-09", "siege-of-timbuktu#e9", "a".repeat(499), "b".repeat(501),
      "c".repeat(2000), " ", "\t", "&", "=", "&q=", "#", "?q=", ";", ",", "+++");

  record Param(String name, String value, int encoding) {}

  record Target(String path, List<Param> params) {
    String render() {
      StringBuilder b = new StringBuilder(path);
      for (int i = 0; i < params.size(); i++) {
        Param p = params.get(i);
        b.append(i == 0 ? '?' : '&').append(encode(p.name(), p.encoding())).append('=').append(encode(p.value(), p.encoding()));
      }
      return b.toString();
    }
  }

  /** 0: form-encoded; 1: raw (only what breaks the request line escaped); 2: form-encoded with '%' kept raw. */
  static String encode(String s, int encoding) {
    return switch (encoding) {
      case 0 -> URLEncoder.encode(s, StandardCharsets.UTF_8);
      case 1 -> s.replace("%", "%25").replace(" ", "+").replace("\r", "%0D").replace("\n", "%0A").replace("#", "%23")
          .replace("&", "%26").replace("\u0000", "%00");
      default -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%25", "%");
    };
  }

  @Provide
  Arbitrary<Target> requests() {
    Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> value = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of(HOSTILE)),
        net.jqwik.api.Tuple.of(3, anyText),
        net.jqwik.api.Tuple.of(2, Arbitraries.longs().map(String::valueOf)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('0', '9').withChars('-', ':', 'T').ofMaxLength(12)));
    Arbitrary<String> name = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.of(NAMES)),
        net.jqwik.api.Tuple.of(1, anyText),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(HOSTILE)));
    Arbitrary<Param> param = Combinators.combine(name, value, Arbitraries.integers().between(0, 2)).as(Param::new);
    Arbitrary<String> path = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(10, Arbitraries.just("/api/search")),
        net.jqwik.api.Tuple.of(2, Arbitraries.just("/api/export")),
        net.jqwik.api.Tuple.of(2, Arbitraries.just("/api/suggest")),
        net.jqwik.api.Tuple.of(1, Arbitraries.just("/api/facets")),
        net.jqwik.api.Tuple.of(1, Arbitraries.just("/health")),
        net.jqwik.api.Tuple.of(2, value.map(v -> "/api/events/" + encode(v, 0).replace("+", "%20"))),
        net.jqwik.api.Tuple.of(1, value.map(v -> "/api/reports/" + encode(v, 2).replace("+", "%20"))),
        net.jqwik.api.Tuple.of(1, value.map(v -> "/" + encode(v, 1))));
    return Combinators.combine(path, param.list().ofMaxSize(6)).as(Target::new);
  }

  @Property(tries = 2000, shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
  void noInputGetsA5xx(@ForAll("requests") Target target) throws Exception {
    String raw = target.render();
    var r = t().raw("GET", raw);
    assertThat(r.status()).as(raw + " -> " + r.body()).isLessThan(500);
    assertThat(r.body()).as(raw).doesNotContain("Exception").doesNotContain("\tat ");
    if (r.status() >= 400) {
      JsonNode body = ApiJson.mapper().readTree(r.body());
      assertThat(body.get("error").asText()).as(raw).isNotBlank();
      assertThat(body.get("message").asText()).as(raw).isNotBlank();
    } else if (target.path().equals("/api/search")) {
      JsonNode body = ApiJson.mapper().readTree(r.body());
      assertThat(body.get("hits").isArray()).as(raw).isTrue();
      assertThat(body.get("hits").size()).isLessThanOrEqualTo(body.get("size").asInt());
    }
  }
}
