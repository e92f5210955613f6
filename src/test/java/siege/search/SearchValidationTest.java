package siege.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a request can be refused, each with its code and a message that says what to do. */
class SearchValidationTest extends FixtureSearchTest {
  static Stream<Arguments> badQueries() {
    return Stream.of(
        Arguments.of("car AND", "bad_query", "ends too early"),
        Arguments.of("(car bomb", "bad_query", "ends too early"),
        Arguments.of("\"car bomb", "bad_query", "quote"),
        Arguments.of("car )", "bad_query", "unexpected ')'"),
        Arguments.of("AND car", "bad_query", "operator"),
        Arguments.of("!!!", "bad_query", "unexpected '!'"),
        Arguments.of("*omb", "bad_query", "may not start with a wildcard"),
        Arguments.of("?omb", "bad_query", "may not start with a wildcard"),
        Arguments.of("actor:*", "bad_query", "a lone '*' after 'actor:'"),
        Arguments.of("b*", "bad_query", "at least 2 characters"),
        Arguments.of("o\u0CE2\u0EEA\u51B6\u7827".repeat(9) + "~2", "bad_query", "at most 40 characters"),
        Arguments.of("/b.*/", "bad_query", "regular expressions"),
        Arguments.of("date:[2020 TO 2021]", "bad_query", "from and to"),
        Arguments.of("a~", "bad_query", "fuzzy"),
        Arguments.of("kind:sentence", "bad_query", "unknown kind 'sentence'"),
        Arguments.of("\"car bomb\"~50", "bad_query", "slop"),
        Arguments.of("x".repeat(501), "query_too_long", "at most 500"));
  }

  @ParameterizedTest
  @MethodSource("badQueries")
  void badQueriesAreRefusedWithAReason(String q, String code, String messagePart) {
    assertThatThrownBy(() -> service.search(SearchRequest.of(q)))
        .isInstanceOfSatisfying(InvalidQueryException.class, e -> {
          assertThat(e.code()).isEqualTo(code);
          assertThat(e.getMessage()).contains(messagePart).doesNotContain("org.apache");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"car bomb", "\"car bomb\"", "shel*", "bom~", "car OR bomb", "10:30", "foo:bar",
      "actor:\"Blue Front\"", "title:testville", "*", "*:*", "car && bomb", "c\\*r", "sh?lled"})
  void harmlessQueriesAreAccepted(String q) throws Exception {
    assertThat(service.search(SearchRequest.of(q)).total()).isGreaterThanOrEqualTo(0);
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        Arguments.of(params("size", "0"), "bad_size", "expected an integer from 1 to 100"),
        Arguments.of(params("size", "101"), "bad_size", "expected an integer from 1 to 100"),
        Arguments.of(params("size", "ten"), "bad_size", "'ten'"),
        Arguments.of(params("page", "0"), "bad_page", "expected an integer from 1 to 10000"),
        Arguments.of(Map.of("page", List.of("101"), "size", List.of("100")), "bad_page", "at most 10000"),
        Arguments.of(params("month", "2023-9"), "bad_month", "expected YYYY-MM"),
        Arguments.of(params("month", "2023-13"), "bad_month", "expected YYYY-MM"),
        Arguments.of(params("from", "21/09/2023"), "bad_date", "expected a date YYYY-MM-DD"),
        Arguments.of(params("to", "2023-02-30"), "bad_date", "not a day of the calendar"),
        Arguments.of(Map.of("from", List.of("2023-09-30"), "to", List.of("2023-09-01")), "bad_date_range",
            "from (2023-09-30) is after to (2023-09-01)"),
        Arguments.of(params("kind", "sentence"), "bad_kind", "kind 'sentence' is unknown"),
        Arguments.of(params("sort", "oldest"), "bad_sort", "expected relevance, date or -date"),
        Arguments.of(params("facets", "no"), "bad_facets", "facets 'no' is not a switch: expected true or false"),
        Arguments.of(params("snippets", "FALSE"), "bad_snippets", "expected true or false"),
        Arguments.of(Map.of("facets", List.of("true", "false")), "repeated_parameter", "at most once"),
        Arguments.of(params("event_type", "Skirmish"), "bad_event_type", "event_type 'Skirmish' is unknown"),
        Arguments.of(params("sub_event_type", "Skirmish"), "bad_sub_event_type", "sub_event_type 'Skirmish' is unknown"),
        Arguments.of(params("tag", "famine"), "bad_tag", "expected one of blockade"),
        Arguments.of(params("actor", "a".repeat(201)), "parameter_too_long", "at most 200"),
        Arguments.of(Map.of("month", java.util.Collections.nCopies(51, "2023-09")), "too_many_values", "at most 50"),
        Arguments.of(params("q", "x".repeat(501)), "query_too_long", "at most 500"),
        Arguments.of(Map.of("q", List.of("a", "b")), "repeated_parameter", "at most once"));
  }

  @ParameterizedTest
  @MethodSource("badRequests")
  void badParametersAreRefused(Map<String, List<String>> params, String code, String messagePart) {
    assertThatThrownBy(() -> service.search(SearchParameters.parse(params)))
        .isInstanceOfSatisfying(InvalidQueryException.class, e -> {
          assertThat(e.code()).isEqualTo(code);
          assertThat(e.getMessage()).contains(messagePart);
        });
  }

  @Test
  void parametersBuildTheRequest() throws Exception {
    SearchRequest r = SearchParameters.parse(Map.of("q", List.of("shelling"), "kind", List.of("event", "report"),
        "month", List.of("2023-09"), "event_type", List.of("explosions/remote violence"), "from", List.of("2023-09-01"),
        "sort", List.of("-date"), "page", List.of("2"), "size", List.of("5")));
    assertThat(r.kinds()).containsExactlyInAnyOrder(siege.model.Kind.EVENT, siege.model.Kind.REPORT);
    assertThat(r.from()).isEqualTo(LocalDate.of(2023, 9, 1));
    assertThat(r.sort()).isEqualTo(SortOrder.DATE_DESC);
    assertThat(r.page()).isEqualTo(2);
    assertThat(service.search(SearchParameters.parse(Map.of("event_type", List.of("battles")))).total()).isEqualTo(2);
  }

  @Test
  void aSearchOverItsTimeLimitIsStoppedWithAClearError() throws Exception {
    try (LuceneSearchService instant = LuceneSearchService.open(dir, 0)) {
      // a zero time limit: the plain path and the drill-sideways path both stop with "timeout"
      for (SearchRequest r : List.of(SearchRequest.of("shelling"),
          new SearchRequest("", null, List.of("2023-09"), null, null, null, null, null, null, null, null, 1, 10))) {
        assertThatThrownBy(() -> instant.search(r)).isInstanceOfSatisfying(InvalidQueryException.class, e -> {
          assertThat(e.code()).isEqualTo("timeout");
          assertThat(e.getMessage()).contains("longer than 0 ms");
        });
      }
    }
  }

  private static Map<String, List<String>> params(String name, String value) {
    return Map.of(name, List.of(value));
  }
}
