package siege.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import siege.search.ApiJson;

/**
 * Every kind of bad input answers its status with {"error": code, "message": ...} and no stack
 * trace. The cases run against the fake service ({@link BadInputTest}) and the real index ({@link
 * RealBadInputTest}).
 */
abstract class BadInputCases {
  /** The server under test. */
  abstract TestServer t();

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      /api/search?qq=car                          | 400 | unknown_parameter  | accepted parameters are actor, event_type, facets, from
      /api/search?q=car&callback=x                | 400 | unknown_parameter  | 'callback'
      /api/search?q=a&q=b                         | 400 | repeated_parameter | 'q' was given 2 times
      /api/search?sort=date&sort=-date            | 400 | repeated_parameter | 'sort'
      /api/search?page=1&page=2                   | 400 | repeated_parameter | 'page'
      /api/search?from=2023-01-01&from=2023-02-01 | 400 | repeated_parameter | 'from'
      /api/search?page=two                        | 400 | bad_page           | expected an integer from 1 to 10000
      /api/search?page=0                          | 400 | bad_page           | is 0
      /api/search?page=-3                         | 400 | bad_page           | is -3
      /api/search?page=1.5                        | 400 | bad_page           | '1.5'
      /api/search?page=99999999999999999999       | 400 | bad_page           | expected an integer
      /api/search?page=1001&size=10               | 400 | bad_page           | past the result window
      /api/search?size=101                        | 400 | bad_size           | from 1 to 100
      /api/search?size=0                          | 400 | bad_size           | from 1 to 100
      /api/search?size=ten                        | 400 | bad_size           | 'ten'
      /api/search?size=1e2                        | 400 | bad_size           | '1e2'
      /api/search?month=2023-13                   | 400 | bad_month          | expected YYYY-MM
      /api/search?month=2023-9                    | 400 | bad_month          | '2023-9'
      /api/search?month=2023-09-01                | 400 | bad_month          | expected YYYY-MM
      /api/search?month=2023-09&month=sept        | 400 | bad_month          | 'sept'
      /api/search?from=2023-02-30                 | 400 | bad_date           | not a day of the calendar
      /api/search?to=27/09/2023                   | 400 | bad_date           | expected a date YYYY-MM-DD
      /api/search?from=+12023-01-01               | 400 | bad_date           | expected a date YYYY-MM-DD
      /api/search?from=2023-10-01&to=2023-09-01   | 400 | bad_date_range     | from (2023-10-01) is after to (2023-09-01)
      /api/search?sort=newest                     | 400 | bad_sort           | expected relevance, date or -date
      /api/search?sort=DATE                       | 400 | bad_sort           | 'DATE'
      /api/search?facets=0                        | 400 | bad_facets         | expected true or false
      /api/search?snippets=yes                    | 400 | bad_snippets       | 'yes'
      /api/export?format=csv&facets=false         | 400 | unknown_parameter  | facets
      /api/search?kind=events                     | 400 | bad_kind           | expected event, paragraph or report
      /api/search?kind=event&kind=sentence        | 400 | bad_kind           | 'sentence'
      /api/search?event_type=Battle+royale        | 400 | bad_event_type     | expected one of Battles
      /api/search?sub_event_type=Picnic           | 400 | bad_sub_event_type | 'Picnic'
      /api/search?tag=famine                      | 400 | bad_tag            | expected one of blockade
      /api/search?q=%22car+bomb                   | 400 | bad_query          | a quote is not closed
      /api/search?q=%zz                           | 400 | bad_encoding       | two hex digits
      /api/search?q=car%                          | 400 | bad_encoding       | two hex digits
      /api/search?q=%C3%28                        | 400 | bad_encoding       | not valid UTF-8
      /api/search?q%FF=1                          | 400 | bad_encoding       | a parameter name
      /api/search?q=car%00bomb                    | 400 | bad_character      | U+0000
      /api/search?actor=a%1Bb                     | 400 | bad_character      | U+001B
      /api/export?format=xml                      | 400 | bad_format         | expected one of csv, jsonl
      /api/export?q=shelling                      | 400 | bad_format         | 'format' is missing
      /api/export?format=csv&format=jsonl         | 400 | repeated_parameter | 'format'
      /api/export?format=csv&page=2               | 400 | unknown_parameter  | page and size do not apply
      /api/export?format=csv&size=10              | 400 | unknown_parameter  | accepted parameters are actor, event_type, format
      /api/export?format=csv&kind=paragraph       | 400 | bad_kind           | kind must include event
      /api/export?format=csv&month=2023-9         | 400 | bad_month          | '2023-9'
      /api/export?format=jsonl&q=%22car           | 400 | bad_query          | a quote is not closed
      /api/suggest?q=a&n=3                        | 400 | unknown_parameter  | accepted parameters are q, size
      /api/suggest?q=a&size=0                     | 400 | bad_size           | from 1 to 20
      /api/suggest?q=a&q=b                        | 400 | repeated_parameter | 'q'
      /api/facets?month=2023-09                   | 400 | unknown_parameter  | accepted parameters are none
      /health?verbose=1                           | 400 | unknown_parameter  | 'verbose'
      /api/events/siege-of-timbuktu%23e99         | 404 | not_found          | no event with id 'siege-of-timbuktu#e99'
      /api/events/siege-of-timbuktu               | 404 | not_found          | send # as %23
      /api/reports/nowhere                        | 404 | not_found          | no report with id 'nowhere'
      /api/reports/                               | 404 | not_found          | nothing at /api/reports/
      /api/nothing                                | 404 | not_found          | nothing at /api/nothing
      /api/events/%zz                             | 400 | bad_request        | valid percent-encoding
      /api/reports/%C3                            | 400 | bad_request        | valid percent-encoding
      /api/reports/a%00b                          | 400 | bad_request        | valid percent-encoding
      /no/such/page.html                          | 404 | not_found          | see /openapi.json
      """)
  void badInputIsAnsweredWithAClearError(String target, int status, String code, String messagePart) throws Exception {
    var r = t().raw("GET", target);
    assertErrorBody(r.status(), r.body(), status, code, messagePart);
    assertThat(r.head()).containsIgnoringCase("Content-Type: application/json");
  }

  @ParameterizedTest(name = "{0} {1} -> 405")
  @CsvSource({"POST, /api/search", "PUT, /api/search", "DELETE, /api/events/x%23e1", "PATCH, /health",
      "POST, /", "POST, /reports/siege-of-timbuktu"})
  void otherMethodsThanGetAre405(String method, String path) throws Exception {
    var r = t().send(method, path);
    assertErrorBody(r.statusCode(), r.body(), 405, "method_not_allowed", "use GET");
  }

  @Test
  void tooLongQueriesAreRefused() throws Exception {
    var r = t().get("/api/search?q=" + "w".repeat(501));
    assertErrorBody(r.statusCode(), r.body(), 400, "query_too_long", "501 characters long: at most 500");
    assertThat(t().get("/api/search?q=" + "w".repeat(500)).statusCode()).isEqualTo(200);
    var suggest = t().get("/api/suggest?q=" + "w".repeat(501));
    assertErrorBody(suggest.statusCode(), suggest.body(), 400, "query_too_long", "at most 500");
    var actor = t().get("/api/search?actor=" + "a".repeat(201));
    assertErrorBody(actor.statusCode(), actor.body(), 400, "parameter_too_long", "'actor'");
    var many = t().get("/api/search?" + "month=2023-09&".repeat(51));
    assertErrorBody(many.statusCode(), many.body(), 400, "too_many_values", "at most 50");
  }

  @Test
  void messagesQuoteUserInputSafely() throws Exception {
    var r = t().get("/api/search?sort=" + SearchApiTest.enc("<script>" + "x".repeat(100)));
    JsonNode body = ApiJson.mapper().readTree(r.body());
    assertThat(body.get("message").asText()).contains("<script>").endsWith("...' is unknown: expected relevance, date or -date");
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  static void assertErrorBody(int actualStatus, String body, int status, String code, String messagePart) throws Exception {
    assertThat(actualStatus).as(body).isEqualTo(status);
    JsonNode json = ApiJson.mapper().readTree(body);
    assertThat(json.fieldNames()).toIterable().containsExactlyInAnyOrder("error", "message");
    assertThat(json.get("error").asText()).isEqualTo(code);
    assertThat(json.get("message").asText()).contains(messagePart);
    assertThat(body).doesNotContain("Exception").doesNotContain("at siege.").doesNotContain("at io.javalin");
  }
}
