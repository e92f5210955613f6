package siege.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RawQueryTest {

  @Test
  void decodesLikeAnHtmlForm() {
    Map<String, List<String>> m = RawQuery.parse("q=car+bomb&month=2023-09&month=2023-08&actor=Jama%27at&empty=&flag");
    assertThat(m).containsOnlyKeys("q", "month", "actor", "empty", "flag");
    assertThat(m.get("q")).containsExactly("car bomb");
    assertThat(m.get("month")).containsExactly("2023-09", "2023-08");
    assertThat(m.get("actor")).containsExactly("Jama'at");
    assertThat(m.get("empty")).containsExactly("");
    assertThat(m.get("flag")).containsExactly("");
    assertThat(RawQuery.parse("q=Koban%C3%AE%20%F0%9F%94%A5")).containsEntry("q", List.of("Kobanî 🔥"));
    assertThat(RawQuery.parse("q=a%2Bb%26c%3Dd")).containsEntry("q", List.of("a+b&c=d"));
    assertThat(RawQuery.parse(null)).isEmpty();
    assertThat(RawQuery.parse("&&")).isEmpty();
  }

  @Test
  void refusesMalformedEscapesBadUtf8AndControlCharacters() {
    for (String bad : List.of("q=%", "q=%4", "q=%g1", "q=%C3", "q=%FF%FE", "q=%ED%A0%80", "q%=1")) {
      assertThatThrownBy(() -> RawQuery.parse(bad)).as(bad).isInstanceOf(ApiException.class)
          .extracting(e -> ((ApiException) e).code()).isEqualTo("bad_encoding");
    }
    for (String bad : List.of("q=%00", "q=a%07", "q=%7F", "q%01=x")) {
      assertThatThrownBy(() -> RawQuery.parse(bad)).as(bad).isInstanceOf(ApiException.class)
          .extracting(e -> ((ApiException) e).code()).isEqualTo("bad_character");
    }
    assertThat(RawQuery.parse("q=a%09b%0Ac")).containsEntry("q", List.of("a\tb\nc"));
  }
}
