package siege.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siege.model.Kind;
import siege.search.InvalidQueryException;
import siege.search.SearchHit;
import siege.search.SearchRequest;
import siege.search.SearchResult;
import siege.search.SearchService;

/**
 * Runs judged queries through a {@link SearchService} and scores the top {@value #DEPTH} hits
 * (nDCG@10, reciprocal rank, recall@10, rank of the best answer).
 *
 * <p>Misspelled queries are evaluated the way a user experiences them: when a query finds
 * nothing and the service offers a did-you-mean correction, the correction is what is scored
 * (the outcome says so). Turn this off to score the raw text only.
 */
public final class EvalRunner {
  private static final Logger LOG = LoggerFactory.getLogger(EvalRunner.class);

  /** Hits scored per query. */
  public static final int DEPTH = 10;

  private final SearchService service;
  private final Set<Kind> kinds;
  private final boolean followDidYouMean;

  /** A runner over the service's default kinds (events and paragraphs), following corrections. */
  public EvalRunner(SearchService service) {
    this(service, SearchRequest.DEFAULT_KINDS, true);
  }

  /**
   * @param kinds the kinds of document searched (e.g. only paragraphs while judgments only name
   *     paragraphs)
   * @param followDidYouMean score the did-you-mean correction of a query that finds nothing
   */
  public EvalRunner(SearchService service, Set<Kind> kinds, boolean followDidYouMean) {
    this.service = service;
    this.kinds = Set.copyOf(kinds);
    this.followDidYouMean = followDidYouMean;
  }

  public EvalReport run(List<JudgedQuery> queries) {
    List<QueryOutcome> outcomes = new ArrayList<>();
    for (JudgedQuery q : queries) outcomes.add(run(q));
    return EvalReport.of(outcomes);
  }

  public QueryOutcome run(JudgedQuery judged) {
    String ran = judged.query();
    try {
      SearchResult result = search(ran);
      if (followDidYouMean && result.total() == 0 && result.didYouMean() != null && !result.didYouMean().isBlank()) {
        ran = result.didYouMean();
        result = search(ran);
      }
      List<String> ids = result.hits().stream().map(SearchHit::id).limit(DEPTH).toList();
      return new QueryOutcome(judged, ran, ids,
          Metrics.ndcg(ids, judged.grades(), DEPTH),
          Metrics.reciprocalRank(ids, judged.grades()),
          Metrics.recall(ids, judged.grades(), DEPTH),
          Metrics.bestRank(ids, judged.grades()),
          null);
    } catch (InvalidQueryException e) {
      LOG.warn("judged query '{}' refused: {}", ran, e.getMessage());
      return new QueryOutcome(judged, ran, List.of(), 0, 0, 0, 0, e.code() + ": " + e.getMessage());
    }
  }

  private SearchResult search(String query) throws InvalidQueryException {
    return service.search(new SearchRequest(query, kinds, null, null, null, null, null, null, null, null, null, 1, DEPTH));
  }
}
