package siege.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import siege.model.Kind;
import siege.search.CorpusIndex;
import siege.search.SearchService;

/**
 * The relevance floors of the real search service over the real index of {@code corpus/} (events
 * and paragraphs, the actor aliases the extraction found), and its gain over the plain
 * StandardAnalyzer baseline over the same documents. Figures in docs/relevance.md; the floors sit
 * just under them.
 */
class CorpusRelevanceTest extends RelevanceFloors {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CorpusRelevanceTest.class);

  @Override
  protected SearchService createService() throws Exception {
    return CorpusIndex.open();
  }

  @Override
  protected Set<Kind> kinds() {
    return Set.of(Kind.EVENT, Kind.PARAGRAPH);
  }

  @Override
  protected double ndcgFloor() {
    return 0.91;
  }

  @Override
  protected double mrrFloor() {
    return 0.98;
  }

  @Override
  protected double recallFloor() {
    return 0.81;
  }

  @Override
  protected int allowedBestOutsideTop3() {
    return 0;
  }

  @Test
  void theSearchServiceBeatsTheStandardAnalyzerBaseline() throws Exception {
    EvalReport baseline;
    try (SearchService plain = StandardBaseline.over(CorpusIndex.path())) {
      baseline = new EvalRunner(plain, kinds(), true).run(JudgedQueries.restrictedTo(JudgedQueries.builtIn(), kinds()));
    }
    LOG.info("StandardAnalyzer baseline over the same index:\n{}", EvalTable.format(baseline));
    assertThat(report().ndcg10()).isGreaterThan(baseline.ndcg10() + 0.2);
    assertThat(report().bestInTop3()).isGreaterThan(baseline.bestInTop3());
    // every query the baseline answers best-first is still answered in the top 3
    for (int i = 0; i < baseline.queries().size(); i++) {
      if (baseline.queries().get(i).bestRank() == 1) {
        assertThat(report().queries().get(i).bestRank()).as(baseline.queries().get(i).judged().query())
            .isBetween(1, 3);
      }
    }
  }

  @Test
  void everyJudgedDocumentExistsInTheIndex() throws Exception {
    // a judgment naming an id the index does not have (e.g. after an extraction change) is a
    // silent zero: catch it here
    try (var service = CorpusIndex.open()) {
      for (JudgedQuery q : JudgedQueries.builtIn()) {
        for (String id : q.grades().keySet()) {
          boolean found = switch (JudgedQueries.kindOf(id)) {
            case EVENT -> service.event(id).isPresent();
            case PARAGRAPH -> service.report(id.substring(0, id.indexOf('#'))).orElseThrow().paragraphs().stream()
                .anyMatch(p -> p.id().equals(id));
            case REPORT -> service.report(id).isPresent();
          };
          assertThat(found).as(q.query() + " judges " + id).isTrue();
        }
      }
    }
  }
}
