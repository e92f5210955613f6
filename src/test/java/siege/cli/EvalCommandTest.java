package siege.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import siege.search.CorpusIndex;

/** {@code eval}: the judged set against the real corpus index, the baseline, bad input. */
class EvalCommandTest {

  @Test
  void evalPrintsEveryQueryTheOverallLineAndTheKinds() {
    MainTest.Run r = MainTest.run("eval", "--index", CorpusIndex.path().toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Siege search").contains("car bomb", "VBIED", "by kind of query", "synonyms (")
        .containsPattern("overall \\(\\d+ queries\\)\\s+0\\.9\\d\\d");
  }

  @Test
  void theBaselineIsMeasuredOnTheSameIndexAndScoresLower() {
    MainTest.Run r = MainTest.run("eval", "--baseline", "--index", CorpusIndex.path().toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("StandardAnalyzer baseline").containsPattern("overall \\(\\d+ queries\\)\\s+0\\.[0-8]");
  }

  @Test
  void anOwnQueryFileIsUsedAndABadOneIsReportedByLine(@TempDir Path tmp) throws Exception {
    Path good = tmp.resolve("q.tsv");
    Files.writeString(good, "car bomb\tsiege-of-timbuktu#e12\t3\n");
    MainTest.Run r = MainTest.run("eval", "--index", CorpusIndex.path().toString(), "--queries", good.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsPattern("car bomb\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1").contains("overall (1 queries)");

    Path bad = tmp.resolve("bad.tsv");
    Files.writeString(bad, "car bomb\tsiege-of-timbuktu#e12\n");
    MainTest.Run b = MainTest.run("eval", "--index", CorpusIndex.path().toString(), "--queries", bad.toString());
    assertThat(b.exit()).isEqualTo(Main.USAGE);
    assertThat(b.err()).contains(bad + ":1:");
  }

  @Test
  void aMissingIndexIsAClearError(@TempDir Path tmp) {
    MainTest.Run r = MainTest.run("eval", "--index", tmp.resolve("none").toString());
    assertThat(r.exit()).isEqualTo(Main.PARTIAL);
    assertThat(r.err()).contains("no index in");
  }
}
