package siege.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import siege.model.Kind;
import siege.search.SearchService;

/**
 * The floors on the paragraph fixture (the Siege analysers, synonyms, aliases and corrections
 * under a minimal two-field query), and the gain over the plain StandardAnalyzer baseline. The
 * figures are in docs/relevance.md; the floors sit just under them.
 */
class ParagraphFixtureRelevanceTest extends RelevanceFloors {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ParagraphFixtureRelevanceTest.class);

  @Override
  protected SearchService createService() {
    return ParagraphSearchService.siege(1.0f);
  }

  @Override
  protected double ndcgFloor() {
    return 0.94;
  }

  @Override
  protected double mrrFloor() {
    return 0.95;
  }

  @Override
  protected double recallFloor() {
    return 0.97;
  }

  @Override
  protected int allowedBestOutsideTop3() {
    return 2;
  }

  @Test
  void analysersBeatTheStandardAnalyzerBaseline() throws Exception {
    EvalReport baseline;
    try (SearchService plain = ParagraphSearchService.standardBaseline()) {
      baseline = new EvalRunner(plain, Set.of(Kind.PARAGRAPH), true).run(JudgedQueries.restrictedTo(JudgedQueries.builtIn(), Set.of(Kind.PARAGRAPH)));
    }
    LOG.info("StandardAnalyzer baseline on the judged set:\n{}", EvalTable.format(baseline));
    assertThat(report().ndcg10()).isGreaterThan(baseline.ndcg10() + 0.15);
    assertThat(report().recall10()).isGreaterThan(baseline.recall10() + 0.15);
    // every query the baseline answers perfectly stays answered
    for (int i = 0; i < baseline.queries().size(); i++) {
      if (baseline.queries().get(i).bestRank() == 1) {
        assertThat(report().queries().get(i).bestRank()).as(baseline.queries().get(i).judged().query())
            .isBetween(1, 3);
      }
    }
  }
}
