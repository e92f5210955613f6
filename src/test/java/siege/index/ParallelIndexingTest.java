package siege.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexing on several worker threads gives the index one worker gives, document by document. */
class ParallelIndexingTest {
  @TempDir Path corpus;
  @TempDir Path one;
  @TempDir Path four;

  @Test
  void fourWorkersGiveTheSameDocumentsAsOne() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.toList()) Files.copy(f, corpus.resolve(f.getFileName()));
    }
    Files.copy(Path.of("src/test/resources/eventfile/timbuktu-acled-sample.csv"), corpus.resolve("timbuktu-acled-sample.csv"));
    // a bad report and a bad event file among the good ones: their problems are reported in file order too
    Files.writeString(corpus.resolve("aaa-empty.txt"), "", StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("zzz-broken.csv"), "not,an,acled,header\n1,2,3,4\n", StandardCharsets.UTF_8);

    IndexSummary a = new CorpusIndexer(IndexProgress.NONE, 1).rebuild(corpus, one);
    IndexSummary b = new CorpusIndexer(IndexProgress.NONE, 4).rebuild(corpus, four);

    assertThat(a.reports()).isGreaterThanOrEqualTo(4);
    assertThat(a.eventFileRows()).isPositive();
    assertThat(IndexContents.of(four)).isEqualTo(IndexContents.of(one));
    assertThat(IndexStatus.read(four).manifest()).isEqualTo(IndexStatus.read(one).manifest());
    assertThat(b.problems()).isEqualTo(a.problems()).hasSize(2);
    assertThat(b.events()).isEqualTo(a.events());
  }

  @Test
  void aNegativeWorkerCountIsRefused() {
    assertThatThrownBy(() -> new CorpusIndexer(IndexProgress.NONE, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workers");
  }
}
