package siege.eval;

import java.util.List;

/**
 * The figures of a judged query set: per query, and their means.
 *
 * @param queries per-query outcomes in file order
 * @param ndcg10 mean nDCG@10
 * @param mrr mean reciprocal rank (of the first relevant hit within the top 10)
 * @param recall10 mean recall@10
 * @param bestInTop3 how many queries have their best-graded document in the top 3
 */
public record EvalReport(List<QueryOutcome> queries, double ndcg10, double mrr, double recall10, int bestInTop3) {

  public EvalReport {
    queries = List.copyOf(queries);
  }

  static EvalReport of(List<QueryOutcome> outcomes) {
    int n = outcomes.size();
    double ndcg = outcomes.stream().mapToDouble(QueryOutcome::ndcg10).sum();
    double rr = outcomes.stream().mapToDouble(QueryOutcome::reciprocalRank).sum();
    double recall = outcomes.stream().mapToDouble(QueryOutcome::recall10).sum();
    int top3 = (int) outcomes.stream().filter(o -> o.bestRank() >= 1 && o.bestRank() <= 3).count();
    return n == 0 ? new EvalReport(outcomes, 0, 0, 0, 0) : new EvalReport(outcomes, ndcg / n, rr / n, recall / n, top3);
  }

  /** The queries whose best-graded document is not in the top 3. */
  public List<QueryOutcome> bestNotInTop3() {
    return queries.stream().filter(o -> o.bestRank() < 1 || o.bestRank() > 3).toList();
  }
}
