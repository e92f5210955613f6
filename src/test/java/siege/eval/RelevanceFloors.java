package siege.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siege.model.Kind;
import siege.search.SearchService;

/**
 * The relevance floors, runnable against any {@link SearchService}: subclass it, return the
 * service over the shipped corpus, and set the floors from the figures measured today (see
 * docs/relevance.md). A floor that drops fails the build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RelevanceFloors {
  private static final Logger LOG = LoggerFactory.getLogger(RelevanceFloors.class);
  private SearchService service;
  private EvalReport report;

  /** The service under test, over the shipped corpus (closed after the tests). */
  protected abstract SearchService createService() throws Exception;

  /** The kinds searched; paragraphs only while the judged set names only paragraphs. */
  protected Set<Kind> kinds() {
    return Set.of(Kind.PARAGRAPH);
  }

  protected abstract double ndcgFloor();

  protected abstract double mrrFloor();

  protected abstract double recallFloor();

  /** How many judged queries may miss having their best answer in the top 3. */
  protected abstract int allowedBestOutsideTop3();

  @BeforeAll
  void run() throws Exception {
    service = createService();
    List<JudgedQuery> queries = JudgedQueries.restrictedTo(JudgedQueries.builtIn(), kinds());
    report = new EvalRunner(service, kinds(), true).run(queries);
    LOG.info("{} on the judged set:\n{}", getClass().getSimpleName(), EvalTable.format(report));
  }

  @AfterAll
  void close() throws Exception {
    if (service != null) service.close();
  }

  protected EvalReport report() {
    return report;
  }

  @Test
  void noJudgedQueryIsRefused() {
    assertThat(report.queries()).filteredOn(o -> o.error() != null).isEmpty();
  }

  @Test
  void ndcgAt10StaysAboveItsFloor() {
    assertThat(report.ndcg10()).isGreaterThanOrEqualTo(ndcgFloor());
  }

  @Test
  void mrrStaysAboveItsFloor() {
    assertThat(report.mrr()).isGreaterThanOrEqualTo(mrrFloor());
  }

  @Test
  void recallAt10StaysAboveItsFloor() {
    assertThat(report.recall10()).isGreaterThanOrEqualTo(recallFloor());
  }

  @Test
  void bestAnswersAreInTheTop3() {
    String misses = report.bestNotInTop3().stream()
        .map(o -> "'" + o.judged().query() + "' best at " + (o.bestRank() == 0 ? "-" : o.bestRank()))
        .collect(Collectors.joining(", "));
    assertThat(report.bestNotInTop3().size()).as(misses).isLessThanOrEqualTo(allowedBestOutsideTop3());
  }
}
