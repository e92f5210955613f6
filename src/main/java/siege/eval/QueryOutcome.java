package siege.eval;

import java.util.List;

/**
 * How one judged query fared.
 *
 * @param judged the judged query
 * @param ranQuery the query that was evaluated: the judged text, or the service's did-you-mean
 *     correction when the text found nothing and corrections are followed
 * @param ranked the ids of the top hits, best first
 * @param ndcg10 nDCG@10
 * @param reciprocalRank 1 / rank of the first relevant hit (0 when none in the top hits)
 * @param recall10 share of the judged ids found in the top 10
 * @param bestRank rank of the first hit with the query's best grade (0 when not in the top hits)
 * @param error the service's message when the query was refused, else null
 */
public record QueryOutcome(
    JudgedQuery judged,
    String ranQuery,
    List<String> ranked,
    double ndcg10,
    double reciprocalRank,
    double recall10,
    int bestRank,
    String error) {

  public QueryOutcome {
    ranked = List.copyOf(ranked);
  }

  /** True when the evaluated query is a did-you-mean correction of the judged one. */
  public boolean corrected() {
    return !judged.query().equals(ranQuery);
  }
}
