package siege.eval;

import java.util.List;
import java.util.Map;

/**
 * Ranking metrics over a ranked list of ids and graded judgments (ids not judged count as not
 * relevant). Gains are linear in the grade, discounts are {@code log2(rank + 1)}, as in trec_eval's
 * ndcg_cut.
 */
public final class Metrics {
  private Metrics() {}

  /** nDCG at depth k: DCG of the ranking over DCG of the ideal ranking of the judged grades. */
  public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      dcg += grades.getOrDefault(ranked.get(i), 0) / log2(i + 2);
    }
    List<Integer> ideal = grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) idcg += ideal.get(i) / log2(i + 2);
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /** 1 / rank of the first relevant id (grade >= 1), 0 when none is ranked. */
  public static double reciprocalRank(List<String> ranked, Map<String, Integer> grades) {
    for (int i = 0; i < ranked.size(); i++) {
      if (grades.getOrDefault(ranked.get(i), 0) > 0) return 1.0 / (i + 1);
    }
    return 0;
  }

  /** Share of the relevant ids found in the first k. */
  public static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
    long relevant = grades.values().stream().filter(g -> g > 0).count();
    if (relevant == 0) return 0;
    long found = ranked.stream().limit(k).distinct().filter(id -> grades.getOrDefault(id, 0) > 0).count();
    return (double) found / relevant;
  }

  /** 1-based rank of the first id carrying the best grade, 0 when none is ranked. */
  public static int bestRank(List<String> ranked, Map<String, Integer> grades) {
    int best = grades.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    if (best == 0) return 0;
    for (int i = 0; i < ranked.size(); i++) {
      if (grades.getOrDefault(ranked.get(i), 0) == best) return i + 1;
    }
    return 0;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
