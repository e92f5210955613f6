package siege.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import siege.search.LuceneSearchService;
import siege.search.SearchRequest;

/**
 * Corpus files no one should have to index: each is indexed within bounded memory or refused with
 * {@code file: what is wrong}, and the good files beside them are indexed.
 */
class HostileCorpusTest {

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void hugeBinaryAndNonUtf8FilesAreRefusedAndAReportWithTenThousandSectionsIsIndexed(
      @TempDir Path corpus, @TempDir Path index) throws Exception {
    Files.writeString(corpus.resolve("good.txt"), "= Siege of Goodtown =\n\nOn 3 May 2020 the siege began.\n");
    // 200 MB files, sparse: they take no time to write and no disk
    for (String name : new String[] {"huge.txt", "huge.csv", "huge.jsonl"}) {
      try (RandomAccessFile f = new RandomAccessFile(corpus.resolve(name).toFile(), "rw")) {
        f.setLength(200L * 1024 * 1024);
      }
    }
    Files.write(corpus.resolve("latin1.csv"), "event_id_cnty,event_date,notes\nX1,2023-09-01,caf\u00e9\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    Files.write(corpus.resolve("random.txt"), new java.util.Random(7).ints(4096, 0, 256)
        .collect(java.io.ByteArrayOutputStream::new, (o, b) -> o.write(b), (x, y) -> {}).toByteArray());
    int sections = 10_000;
    try (BufferedWriter w = Files.newBufferedWriter(corpus.resolve("sprawling.txt"))) {
      w.write("= Siege of Sprawl =\n\n- Date: 2021-01-01\n\nThe siege of Sprawl began on 1 January 2021.\n\n");
      for (int i = 1; i <= sections; i++) {
        w.write("== Day " + i + " ==\n\nOn day " + i + " the militants shelled the eastern gate of Sprawl.\n\n");
      }
    }

    long heapBefore = usedHeap();
    IndexSummary s = new CorpusIndexer().update(corpus, index);
    long heapGrowthMb = (usedHeap() - heapBefore) / (1024 * 1024);

    assertThat(s.problems()).containsExactly(
        "huge.csv:1: binary content (NUL byte): expected UTF-8 text",
        "huge.jsonl:1: binary content (NUL byte): expected UTF-8 text",
        "huge.txt: file is 209715200 bytes, over the limit of 67108864 bytes",
        "latin1.csv:2: not valid UTF-8 text",
        "random.txt:1: binary content (NUL byte): expected UTF-8 text");
    assertThat(s.reports()).isEqualTo(2);
    assertThat(s.paragraphs()).isGreaterThan(sections);
    assertThat(heapGrowthMb).as("heap kept after indexing, MB").isLessThan(256);
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      assertThat(service.report("siege-of-sprawl")).isEmpty(); // ids come from file names
      // every paragraph is indexed; a report page lists at most MAX_REPORT_ITEMS of them
      assertThat(service.documentCount()).isEqualTo(s.reports() + s.paragraphs() + s.events());
      assertThat(service.report("sprawling").orElseThrow().paragraphs()).hasSize(LuceneSearchService.MAX_REPORT_ITEMS);
      assertThat(service.search(SearchRequest.of("Goodtown")).total()).isPositive();
    }
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    System.gc();
    return r.totalMemory() - r.freeMemory();
  }
}
