package siege.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import siege.model.EventRecord;
import siege.model.Kind;
import siege.search.FacetValue;
import siege.search.InvalidQueryException;
import siege.search.ReportView;
import siege.search.SearchHit;
import siege.search.SearchRequest;
import siege.search.SearchResult;
import siege.search.SearchService;

class EvalRunnerTest {

  /** Answers from a table: query -> ranked ids; "bad" is refused; "typo" finds nothing but offers "fixed". */
  private static final class TableService implements SearchService {
    final Map<String, List<String>> answers;
    final List<SearchRequest> requests = new ArrayList<>();

    TableService(Map<String, List<String>> answers) {
      this.answers = answers;
    }

    @Override
    public SearchResult search(SearchRequest r) throws InvalidQueryException {
      requests.add(r);
      if (r.query().equals("bad")) throw new InvalidQueryException("bad_query", "cannot parse 'bad'");
      List<SearchHit> hits = answers.getOrDefault(r.query(), List.of()).stream()
          .map(id -> new SearchHit(id, "paragraph", "r", null, null, null, null, null, List.of(), null, null,
              List.of(), null, null, null, null, null, null, 1f))
          .toList();
      return new SearchResult(r.query(), hits.size(), 1, r.size(), 0, hits, Map.of(),
          r.query().equals("typo") ? "fixed" : null);
    }

    @Override public void forEachEvent(SearchRequest r, Consumer<EventRecord> sink) {}
    @Override public List<String> suggest(String prefix, int count) { return List.of(); }
    @Override public Optional<SearchHit> event(String id) { return Optional.empty(); }
    @Override public Optional<ReportView> report(String id) { return Optional.empty(); }
    @Override public Map<String, List<FacetValue>> facets() { return Map.of(); }
    @Override public long documentCount() { return 0; }
    @Override public String indexVersion() { return "0"; }
    @Override public void refresh() {}
    @Override public void close() {}
  }

  private static JudgedQuery judged(String q, Map<String, Integer> grades) {
    return new JudgedQuery(q, grades, "", 1);
  }

  @Test
  void scoresEachQueryAndAveragesThem() {
    TableService s = new TableService(Map.of(
        "perfect", List.of("a", "b"),
        "late", List.of("x", "y", "z", "a")));
    EvalReport r = new EvalRunner(s).run(List.of(
        judged("perfect", Map.of("a", 3, "b", 1)),
        judged("late", Map.of("a", 3))));
    assertThat(r.queries().get(0).ndcg10()).isEqualTo(1.0);
    assertThat(r.queries().get(1).bestRank()).isEqualTo(4);
    assertThat(r.queries().get(1).reciprocalRank()).isEqualTo(0.25);
    assertThat(r.queries().get(1).ndcg10()).isCloseTo(1 / (Math.log(5) / Math.log(2)), org.assertj.core.api.Assertions.within(1e-12));
    assertThat(r.mrr()).isEqualTo((1 + 0.25) / 2);
    assertThat(r.recall10()).isEqualTo(1.0);
    assertThat(r.bestInTop3()).isEqualTo(1);
    assertThat(r.bestNotInTop3()).extracting(o -> o.judged().query()).containsExactly("late");
  }

  @Test
  void asksForTheTop10OfTheGivenKinds() {
    TableService s = new TableService(Map.of());
    new EvalRunner(s, Set.of(Kind.PARAGRAPH), true).run(List.of(judged("q", Map.of("a", 1))));
    assertThat(s.requests.get(0).size()).isEqualTo(EvalRunner.DEPTH);
    assertThat(s.requests.get(0).kinds()).containsExactly(Kind.PARAGRAPH);
    new EvalRunner(s).run(List.of(judged("q", Map.of("a", 1))));
    assertThat(s.requests.get(1).kinds()).isEqualTo(SearchRequest.DEFAULT_KINDS);
  }

  @Test
  void followsDidYouMeanOnlyWhenAskedAndTheQueryFoundNothing() {
    TableService s = new TableService(Map.of("fixed", List.of("a")));
    JudgedQuery q = judged("typo", Map.of("a", 3));
    QueryOutcome followed = new EvalRunner(s).run(q);
    assertThat(followed.ranQuery()).isEqualTo("fixed");
    assertThat(followed.corrected()).isTrue();
    assertThat(followed.bestRank()).isEqualTo(1);
    QueryOutcome raw = new EvalRunner(s, SearchRequest.DEFAULT_KINDS, false).run(q);
    assertThat(raw.corrected()).isFalse();
    assertThat(raw.ndcg10()).isZero();
  }

  @Test
  void refusedQueriesScoreZeroWithTheirMessage() {
    EvalReport r = new EvalRunner(new TableService(Map.of())).run(List.of(judged("bad", Map.of("a", 3))));
    assertThat(r.queries().get(0).error()).isEqualTo("bad_query: cannot parse 'bad'");
    assertThat(r.ndcg10()).isZero();
  }

  @Test
  void tableShowsEveryQueryAndTheOverallLine() {
    TableService s = new TableService(Map.of("car bomb", List.of("a"), "fixed", List.of("b")));
    EvalReport r = new EvalRunner(s).run(List.of(
        judged("car bomb", Map.of("a", 3)),
        judged("typo", Map.of("b", 2)),
        judged("a very long query that will not fit in the column", Map.of("c", 1))));
    String table = EvalTable.format(r);
    assertThat(table).contains("car bomb", "1.000", "via did-you-mean: fixed", "a very long query that will not...");
    assertThat(table).containsPattern("overall \\(3 queries\\)\\s+0\\.667\\s+0\\.667\\s+0\\.667\\s+2/3");
    // header, rule, 3 queries, rule, overall, legend; blank, header and one line per kind of query
    assertThat(table.lines().count()).isEqualTo(8 + 3);
    assertThat(table).containsPattern("other \\(3\\)\\s+0\\.667");
  }

  @Test
  void emptyReportIsAllZero() {
    EvalReport r = new EvalRunner(new TableService(Map.of())).run(List.of());
    assertThat(r.ndcg10()).isZero();
    assertThat(EvalTable.format(r)).contains("overall (0 queries)");
  }
}
