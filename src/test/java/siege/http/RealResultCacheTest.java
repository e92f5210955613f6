package siege.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import siege.index.CorpusIndexer;
import siege.search.LuceneSearchService;

/** The result cache over the real service: a reindex plus refresh changes what the cache answers. */
class RealResultCacheTest {

  @Test
  void aReindexAndRefreshChangeTheAnswerBehindTheCache(@TempDir Path root) throws Exception {
    Path corpus = Files.createDirectories(root.resolve("corpus"));
    Path index = root.resolve("index");
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).limit(2).toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    CorpusIndexer indexer = new CorpusIndexer();
    indexer.index(corpus, index);
    try (LuceneSearchService service = LuceneSearchService.open(index);
        TestServer t = new TestServer(service)) {
      String versionBefore = service.snapshotVersion();
      var before = t.get("/api/search?q=quixotic");
      assertThat(before.statusCode()).isEqualTo(200);
      assertThat(before.body()).contains("\"total\":0");
      assertThat(ResultCacheApiTest.header(t.get("/api/search?q=quixotic"), "X-Cache")).isEqualTo("HIT");

      Files.writeString(corpus.resolve("siege-of-quixoteville.txt"),
          "= Siege of Quixoteville =\n\nA quixotic charge at the Quixoteville mill was repelled on 3 May 2021.\n");
      indexer.update(corpus, index);
      assertThat(ResultCacheApiTest.header(t.get("/api/search?q=quixotic"), "X-Cache"))
          .as("not refreshed yet: the same snapshot answers").isEqualTo("HIT");
      service.refresh();
      assertThat(service.snapshotVersion()).isNotEqualTo(versionBefore).isEqualTo(service.indexVersion());

      var after = t.get("/api/search?q=quixotic", "If-None-Match", ResultCacheApiTest.header(before, "ETag"));
      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(ResultCacheApiTest.header(after, "X-Cache")).isEqualTo("MISS");
      assertThat(after.body()).doesNotContain("\"total\":0").contains("siege-of-quixoteville");
      assertThat(ResultCacheApiTest.header(t.get("/api/search?q=quixotic"), "X-Cache")).isEqualTo("HIT");
    }
  }
}
