package siege.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import siege.model.Paragraph;
import siege.model.Report;
import siege.search.LuceneSearchService;
import siege.search.SearchRequest;

/** Rebuilding replaces the index in one commit: searches see the old index or the new, never half. */
class AtomicRebuildTest {

  static Report report(String id, String text) {
    return new Report(id, "Report " + id, Map.of(), List.of(new Paragraph(id, 0, "", text, 3)), id + ".txt");
  }

  static void build(Path dir, String... words) throws IOException {
    IndexBuilder.rebuild(dir, Map.of(), sink -> {
      for (int i = 0; i < words.length; i++) sink.addReport(report("r" + i, words[i]));
    });
  }

  static long count(LuceneSearchService s, String q) throws Exception {
    return s.search(SearchRequest.of(q)).total();
  }

  @Test
  void anOpenSearcherKeepsAnsweringWhileTheIndexIsRebuilt(@TempDir Path dir) throws Exception {
    build(dir, "alpha", "alpha beta");
    try (LuceneSearchService service = LuceneSearchService.open(dir)) {
      assertThat(count(service, "alpha")).isEqualTo(2);
      String before = service.indexVersion();
      build(dir, "gamma", "gamma", "gamma delta");
      // not refreshed yet: still the old commit, whose files were deleted underneath it
      assertThat(count(service, "alpha")).isEqualTo(2);
      assertThat(count(service, "gamma")).isZero();
      service.refresh();
      assertThat(count(service, "alpha")).isZero();
      assertThat(count(service, "gamma")).isEqualTo(3);
      assertThat(service.indexVersion()).isNotEqualTo(before);
    }
  }

  @Test
  void aBuildThatFailsMidwayLeavesTheOldIndexInPlace(@TempDir Path dir) throws Exception {
    build(dir, "alpha", "alpha beta");
    long generation = IndexStatus.read(dir).generation();
    try (LuceneSearchService service = LuceneSearchService.open(dir)) {
      assertThatThrownBy(() -> IndexBuilder.rebuild(dir, Map.of(), sink -> {
        for (int i = 0; i < 500; i++) sink.addReport(report("n" + i, "gamma"));
        throw new IOException("disk full (simulated)");
      })).hasMessageContaining("disk full");
      service.refresh();
      assertThat(count(service, "alpha")).isEqualTo(2);
      assertThat(count(service, "gamma")).isZero();
    }
    assertThat(IndexStatus.read(dir).generation()).isEqualTo(generation);
    try (LuceneSearchService reopened = LuceneSearchService.open(dir)) {
      assertThat(count(reopened, "alpha")).isEqualTo(2);
    }
  }

  @Test
  void searchesDuringARebuildSeeOneWholeIndex(@TempDir Path dir) throws Exception {
    build(dir, "alpha", "alpha");
    try (LuceneSearchService service = LuceneSearchService.open(dir)) {
      Thread builder = new Thread(() -> {
        try {
          for (int round = 0; round < 4; round++) {
            String[] words = new String[round % 2 == 0 ? 300 : 2];
            java.util.Arrays.fill(words, "alpha");
            build(dir, words);
          }
        } catch (IOException e) {
          throw new RuntimeException(e);
        }
      });
      builder.start();
      while (builder.isAlive()) {
        service.refresh();
        // paragraphs + nothing else: 2 documents or 300, never a count in between
        assertThat(count(service, "alpha")).isIn(2L, 300L);
      }
      builder.join();
    }
  }
}
