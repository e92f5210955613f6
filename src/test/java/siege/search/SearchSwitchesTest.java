package siege.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code facets=false} and {@code snippets=false} leave out only what they name: the same hits,
 * scores and total, no facet counts or no snippets (shipped corpus).
 */
class SearchSwitchesTest extends CorpusSearchTest {

  static Stream<Map<String, List<String>>> requests() {
    return Stream.of(
        Map.of(),
        Map.of("q", List.of("blockade")),
        Map.of("q", List.of("attack"), "kind", List.of("event", "paragraph", "report")),
        Map.of("q", List.of("fuel"), "tag", List.of("blockade")),
        Map.of("tag", List.of("blockade", "displacement"), "sort", List.of("-date")));
  }

  private static SearchResult search(Map<String, List<String>> params, String facets, String snippets)
      throws Exception {
    Map<String, List<String>> all = new java.util.HashMap<>(params);
    all.put("facets", List.of(facets));
    all.put("snippets", List.of(snippets));
    return service.search(SearchParameters.parse(all));
  }

  @ParameterizedTest
  @MethodSource("requests")
  void facetsOffCountsNothingElseIsTheSame(Map<String, List<String>> params) throws Exception {
    SearchResult on = search(params, "true", "true");
    SearchResult off = search(params, "false", "true");
    assertThat(on.facets().values()).anySatisfy(values -> assertThat(values).isNotEmpty());
    assertThat(off.facets()).containsOnlyKeys(on.facets().keySet());
    assertThat(off.facets().values()).allSatisfy(values -> assertThat(values).isEmpty());
    assertThat(off).usingRecursiveComparison().ignoringFields("tookMs", "facets").isEqualTo(on);
  }

  @ParameterizedTest
  @MethodSource("requests")
  void snippetsOffMakesNoSnippetElseIsTheSame(Map<String, List<String>> params) throws Exception {
    SearchResult on = search(params, "true", "true");
    SearchResult off = search(params, "true", "false");
    assertThat(on.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.snippet()).isNotNull());
    assertThat(off.hits()).allSatisfy(h -> assertThat(h.snippet()).isNull());
    assertThat(off).usingRecursiveComparison().ignoringFields("tookMs", "hits.snippet").isEqualTo(on);
  }
}
