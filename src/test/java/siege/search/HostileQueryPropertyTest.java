package siege.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever a user types, the service answers or refuses with an InvalidQueryException. */
class HostileQueryPropertyTest {
  static Path dir;
  static LuceneSearchService service;

  @BeforeContainer
  static void build() throws Exception {
    dir = Files.createTempDirectory("hostile-index");
    IndexFixtures.build(dir);
    service = LuceneSearchService.open(dir);
  }

  @AfterContainer
  static void close() throws Exception {
    service.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Provide
  Arbitrary<String> queries() {
    Arbitrary<String> syntax = Arbitraries.of("\"", "(", ")", "*", "?", "~", "^", ":", "/", "\\", "[", "]", "{", "}",
        "AND", "OR", "NOT", "-", "+", "!", "&&", "||", " ", "  ", "actor:", "kind:", "month:", "text:", "report:",
        "TO", "car", "bomb", "shel", "Blue Front", "é", "\u0000", "\uD83D\uDCA3", "2023-09", "'", "<script>");
    Arbitrary<String> mixed = syntax.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l));
    return Arbitraries.oneOf(mixed, Arbitraries.strings().ofMaxLength(600));
  }

  @Property(tries = 1500)
  void everyQueryIsAnsweredOrRefusedCleanly(@ForAll("queries") String q) {
    try {
      SearchResult r = service.search(SearchRequest.of(q));
      assertThat(r.total()).isGreaterThanOrEqualTo(0);
      for (SearchHit h : r.hits()) {
        if (h.snippet() != null) assertThat(h.snippet().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<");
      }
    } catch (InvalidQueryException e) {
      assertThat(e.code()).isIn("bad_query", "query_too_long", "timeout");
      assertThat(e.getMessage()).isNotBlank().doesNotContain("org.apache");
    }
  }

  @Property(tries = 300)
  void everySuggestPrefixIsAnsweredOrRefusedCleanly(@ForAll("queries") String q) {
    try {
      assertThat(service.suggest(q, 5)).hasSizeLessThanOrEqualTo(5);
    } catch (InvalidQueryException e) {
      assertThat(e.code()).isEqualTo("query_too_long");
    }
  }
}
