package siege.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bad-input cases against the real index, and the refusals only the real search engine makes
 * (query syntax, whole-dictionary scans, result window), each a 400 with its code.
 */
class RealBadInputTest extends BadInputCases {
  @Override
  TestServer t() {
    return RealIndex.get().server;
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      /api/search?q=*omb                          | 400 | bad_query  | may not start with a wildcard
      /api/search?q=%3Fhelling                    | 400 | bad_query  | may not start with a wildcard
      /api/search?q=%2Fsh.*%2F                    | 400 | bad_query  | regular expressions
      /api/search?q=s*                            | 400 | bad_query  | at least 2 characters
      /api/search?q=shelling+AND                  | 400 | bad_query  | ends too early
      /api/search?q=(shelling                     | 400 | bad_query  | ends too early
      /api/search?q=shelling+)                    | 400 | bad_query  | unexpected ')'
      /api/search?q=AND+shelling                  | 400 | bad_query  | operator
      /api/search?q=date:%5B2020+TO+2021%5D       | 400 | bad_query  | from and to
      /api/search?q=a~                            | 400 | bad_query  | fuzzy
      /api/search?q=kind:sentence                 | 400 | bad_query  | unknown kind 'sentence'
      /api/search?q=%22car+bomb%22~50             | 400 | bad_query  | slop
      /api/search?page=101&size=100               | 400 | bad_page   | past the result window
      /api/search?page=10000&size=2               | 400 | bad_page   | page * size must be at most 10000
      /api/export?format=csv&q=*omb               | 400 | bad_query  | may not start with a wildcard
      /api/suggest?q=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx | 400 | query_too_long | at most 100
      """)
  void theSearchEngineRefusesWhatItCannotAnswerCheaply(String target, int status, String code, String messagePart)
      throws Exception {
    var r = t().raw("GET", target);
    assertErrorBody(r.status(), r.body(), status, code, messagePart);
  }
}
