package siege.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void defaultsWhenNothingIsGiven() {
    BenchOptions o = BenchOptions.parse(List.of());
    assertThat(o.events()).isEqualTo(10_000);
    assertThat(o.threads()).containsExactly(1, 2);
    assertThat(o.phases()).isEqualTo(EnumSet.allOf(Phase.class)).contains(Phase.PERQUERY);
    assertThat(o.rounds()).isEqualTo(10);
    assertThat(o.corpusDir()).isEqualTo(Path.of("target", "bench", "corpus"));
  }

  @Test
  void parsesEveryOption() {
    BenchOptions o = BenchOptions.parse(List.of("--events", "10^6", "--seed=7", "--work", "/tmp/w", "--threads", "1,2,4",
        "--warmup", "500ms", "--duration", "2m", "--max-queries", "1e4", "--phases", "generate,INDEX",
        "--report-share", "0.25", "--index-threads", "2", "--index-runs", "3",
        "--rounds", "25"));
    assertThat(o.events()).isEqualTo(1_000_000);
    assertThat(o.seed()).isEqualTo(7);
    assertThat(o.workDir()).isEqualTo(Path.of("/tmp/w"));
    assertThat(o.threads()).containsExactly(1, 2, 4);
    assertThat(o.warmup()).isEqualTo(Duration.ofMillis(500));
    assertThat(o.duration()).isEqualTo(Duration.ofMinutes(2));
    assertThat(o.maxQueries()).isEqualTo(10_000);
    assertThat(o.phases()).containsExactlyInAnyOrder(Phase.GENERATE, Phase.INDEX);
    assertThat(o.reportShare()).isEqualTo(0.25);
    assertThat(o.indexThreads()).isEqualTo(2);
    assertThat(o.indexRuns()).isEqualTo(3);
    assertThat(o.rounds()).isEqualTo(25);
    assertThat(BenchOptions.parse(List.of("--phases", "perquery")).phases()).containsExactly(Phase.PERQUERY);
    assertThat(o.generatorOptions().reportEvents()).isEqualTo(250_000);
    assertThat(BenchOptions.count("x", "100,000")).isEqualTo(100_000);
    assertThat(BenchOptions.count("x", "1e5")).isEqualTo(100_000);
    assertThat(BenchOptions.duration("x", "3")).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void badValuesNameTheOptionAndWhatWasExpected() {
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--events", "many"))).hasMessage(
        "--events: expected a whole number (e.g. 10000, 1e5, 10^6), got 'many'");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--events", "0"))).hasMessageContaining("--events: expected at least 1");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--events", "2.5"))).hasMessageContaining("--events");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--duration", "soon"))).hasMessageContaining("--duration: expected a duration");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--threads", "0"))).hasMessageContaining("--threads");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--phases", "index,coffee"))).hasMessageContaining("unknown phase 'coffee'");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--report-share", "2"))).hasMessageContaining("--report-share");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--rounds", "0"))).hasMessageContaining("--rounds: expected 1 to 100000");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--colour", "red"))).hasMessage("unknown option '--colour'");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("--seed"))).hasMessage("--seed: missing value");
    assertThatThrownBy(() -> BenchOptions.parse(List.of("10000"))).hasMessage("unexpected argument '10000'");
  }
}
