package siege.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ZipfSamplerTest {

  @Test
  void probabilitiesFallAsOneOverRank() {
    ZipfSampler z = new ZipfSampler(4000, 1.0);
    assertThat(z.probability(0) / z.probability(1)).isCloseTo(2.0, within(1e-9));
    assertThat(z.probability(0) / z.probability(9)).isCloseTo(10.0, within(1e-9));
    double sum = 0;
    for (int i = 0; i < z.size(); i++) sum += z.probability(i);
    assertThat(sum).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void drawnFrequenciesMatchTheLaw() {
    ZipfSampler z = new ZipfSampler(1000, 1.0);
    SplittableRandom r = new SplittableRandom(3);
    int[] counts = new int[1000];
    int draws = 400_000;
    for (int i = 0; i < draws; i++) counts[z.sample(r)]++;
    assertThat((double) counts[0] / counts[1]).isCloseTo(2.0, within(0.1));
    assertThat((double) counts[0] / counts[4]).isCloseTo(5.0, within(0.3));
    assertThat((double) counts[0] / draws).isCloseTo(z.probability(0), within(0.005));
    assertThat(counts[999]).isPositive();
  }

  @Test
  void sameSeedSameStream() {
    ZipfSampler z = new ZipfSampler(50, 1.1);
    SplittableRandom a = new SplittableRandom(9);
    SplittableRandom b = new SplittableRandom(9);
    for (int i = 0; i < 1000; i++) assertThat(z.sample(a)).isEqualTo(z.sample(b));
  }

  @Test
  void refusesBadParameters() {
    assertThatThrownBy(() -> new ZipfSampler(0, 1)).hasMessageContaining("n must be at least 1");
    assertThatThrownBy(() -> new ZipfSampler(10, 0)).hasMessageContaining("exponent");
  }

  @Test
  void vocabularyPutsFunctionWordsFirstAndConflictWordsAmongTheFrequent() {
    Vocabulary v = SyntheticWorld.of(1).vocabulary();
    assertThat(v.size()).isEqualTo(Vocabulary.DEFAULT_SIZE);
    assertThat(v.word(0)).isEqualTo("the");
    assertThat(v.rankOf("shelling")).isBetween(25, 300);
    assertThat(v.rankOf("casualties")).isBetween(25, 300);
    java.util.Set<String> distinct = new java.util.HashSet<>();
    for (int i = 0; i < v.size(); i++) assertThat(distinct.add(v.word(i))).as(v.word(i)).isTrue();
    assertThat(SyntheticWorld.of(1).vocabulary().word(3000)).isEqualTo(v.word(3000));
    assertThat(SyntheticWorld.of(2).vocabulary().word(3000)).isNotEqualTo(v.word(3000));
  }
}
