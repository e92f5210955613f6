package siege.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private static final Map<String, Integer> GRADES = new LinkedHashMap<>(Map.of("a", 3, "b", 2, "c", 1));

  @Test
  void idealRankingScoresOne() {
    assertThat(Metrics.ndcg(List.of("a", "b", "c"), GRADES, 10)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void ndcgByHand() {
    // ranking x, a, c (b missing): DCG = 0 + 3/log2(3) + 1/log2(4) = 1.892789 + 0.5 = 2.392789
    // ideal a, b, c: IDCG = 3 + 2/log2(3) + 1/2 = 3 + 1.261860 + 0.5 = 4.761860
    assertThat(Metrics.ndcg(List.of("x", "a", "c"), GRADES, 10)).isCloseTo(2.392789 / 4.761860, within(1e-6));
  }

  @Test
  void ndcgCutsAtK() {
    // only the first two count: DCG = 0 + 3/log2(3); IDCG@2 = 3 + 2/log2(3)
    double expected = (3 / (Math.log(3) / Math.log(2))) / (3 + 2 / (Math.log(3) / Math.log(2)));
    assertThat(Metrics.ndcg(List.of("x", "a", "b"), GRADES, 2)).isCloseTo(expected, within(1e-12));
    assertThat(Metrics.ndcg(List.of("x", "y"), GRADES, 10)).isZero();
    assertThat(Metrics.ndcg(List.of(), GRADES, 10)).isZero();
  }

  @Test
  void reciprocalRankOfFirstRelevant() {
    assertThat(Metrics.reciprocalRank(List.of("x", "y", "c", "a"), GRADES)).isEqualTo(1.0 / 3);
    assertThat(Metrics.reciprocalRank(List.of("b"), GRADES)).isEqualTo(1.0);
    assertThat(Metrics.reciprocalRank(List.of("x"), GRADES)).isZero();
  }

  @Test
  void recallAtK() {
    assertThat(Metrics.recall(List.of("a", "x", "c"), GRADES, 10)).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(Metrics.recall(List.of("x", "a", "b"), GRADES, 1)).isZero();
    assertThat(Metrics.recall(List.of("a", "a"), GRADES, 10)).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void bestRankIsTheFirstTopGradedHit() {
    assertThat(Metrics.bestRank(List.of("b", "c", "a"), GRADES)).isEqualTo(3);
    assertThat(Metrics.bestRank(List.of("b", "c"), GRADES)).isZero();
    assertThat(Metrics.bestRank(List.of("b", "a"), Map.of("a", 3, "b", 3))).isEqualTo(1);
  }
}
