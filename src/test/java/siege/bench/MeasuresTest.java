package siege.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import siege.model.Kind;
import siege.search.SearchRequest;

/** Latency percentiles, memory and size measurements, the report table and the request mapping. */
class MeasuresTest {

  @Test
  void percentilesUseTheNearestRank() {
    long[] latencies = new long[100];
    for (int i = 0; i < 100; i++) latencies[i] = 100 - i; // 100 .. 1, unsorted
    LatencyStats s = LatencyStats.of(latencies, 2_000_000_000L);
    assertThat(s.p50Nanos()).isEqualTo(50);
    assertThat(s.p99Nanos()).isEqualTo(99);
    assertThat(s.maxNanos()).isEqualTo(100);
    assertThat(s.queriesPerSecond()).isEqualTo(50.0);
    assertThat(LatencyStats.of(new long[] {7}, 1).p99Nanos()).isEqualTo(7);
    assertThatThrownBy(() -> LatencyStats.of(new long[0], 1)).hasMessageContaining("no latencies");
  }

  @Test
  void readsRssFromProcStatus(@TempDir Path dir) throws Exception {
    Path status = Files.writeString(dir.resolve("status"), "Name:\tjava\nVmPeak:\t 9999 kB\nVmRSS:\t  123456 kB\nThreads: 9\n");
    assertThat(ResourceMeter.residentSetSize(status)).isEqualTo(123456L * 1024);
    assertThat(ResourceMeter.residentSetSize(dir.resolve("missing"))).isEqualTo(-1);
    if (Files.exists(Path.of("/proc/self/status"))) assertThat(ResourceMeter.residentSetSize()).isPositive();
    assertThat(ResourceMeter.heapAfterGc()).isPositive();
  }

  @Test
  void folderSizeAddsUpFilesBelow(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("a"), new byte[100]);
    Files.createDirectories(dir.resolve("sub"));
    Files.write(dir.resolve("sub/b"), new byte[23]);
    assertThat(ResourceMeter.folderBytes(dir)).isEqualTo(123);
    assertThat(ResourceMeter.folderBytes(dir.resolve("none"))).isZero();
  }

  @Test
  void theTableAlignsColumnsAndGivesOursOverRaw() {
    BenchReport r = new BenchReport();
    r.note("corpus: test");
    r.add("index", "events/s", 7000.0, 10000.0);
    r.add("search 1t", "p99 ms", null, 1.234);
    String text = r.render();
    assertThat(text).startsWith("corpus: test\n");
    assertThat(text).contains("0.70x").contains("10,000").contains("7,000").contains("1.23");
    List<String> lines = text.lines().filter(l -> l.startsWith("index") || l.startsWith("search") || l.startsWith("phase")).toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.stream().map(String::length).distinct()).hasSize(1);
    assertThat(r.row("search 1t", "p99 ms").ratio()).isNull();
  }

  @Test
  void numbersAreWrittenWithThousandsSeparators() {
    assertThat(NumberWords.digits(7)).isEqualTo("7");
    assertThat(NumberWords.digits(999)).isEqualTo("999");
    assertThat(NumberWords.digits(1000)).isEqualTo("1,000");
    assertThat(NumberWords.digits(33000)).isEqualTo("33,000");
    assertThat(NumberWords.digits(1234567)).isEqualTo("1,234,567");
    assertThat(NumberWords.digits(-45000)).isEqualTo("-45,000");
  }

  @Test
  void theWrkScriptGetsEncodedApiPaths() {
    BenchQuery q = new BenchQuery(BenchQuery.Category.PHRASE, "\"car bomb\"", List.of("Jama'at X al-Y"), List.of("2020-01"));
    assertThat(QueryMix.apiPath(q)).isEqualTo("/api/search?q=%22car%20bomb%22&actor=Jama%27at%20X%20al-Y&month=2020-01");
    QueryMix mix = QueryMix.standard(SyntheticWorld.of(3));
    assertThat(mix.apiPaths()).hasSize(mix.size()).allSatisfy(p -> assertThat(p).startsWith("/api/search?q=").doesNotContain(" ", "\""));
  }

  @Test
  void ourServiceGetsTheRequestTheApiWouldBuild() {
    BenchQuery q = new BenchQuery(BenchQuery.Category.MONTH_FILTER, "shelling", List.of("Front X"), List.of("2020-01", "2020-02"));
    SearchRequest req = SearchServiceTarget.request(q);
    assertThat(req.query()).isEqualTo("shelling");
    assertThat(req.actors()).containsExactly("Front X");
    assertThat(req.months()).containsExactly("2020-01", "2020-02");
    assertThat(req.kinds()).isEqualTo(Set.of(Kind.EVENT, Kind.PARAGRAPH));
    assertThat(req.page()).isEqualTo(1);
    assertThat(req.size()).isEqualTo(10);
    assertThat(req.facets()).isTrue();
    assertThat(req.snippets()).isTrue();
    SearchRequest bare = SearchServiceTarget.request(q, false, false);
    assertThat(bare.facets()).isFalse();
    assertThat(bare.snippets()).isFalse();
    assertThat(bare.query()).isEqualTo("shelling");
  }

  @Test
  void thePerQueryTableHasALineAQueryAndTheirMeans() {
    BenchReport r = new BenchReport();
    r.addQuery(new BenchReport.QueryLine("word: 'shelling'", 34_967L, 6_772L, 6.0, 3.0, 0.5));
    r.addQuery(new BenchReport.QueryLine("word: 'gras'", 366L, 107L, 1.0, 0.5, 0.1));
    List<String> lines = r.render().strip().lines().toList();
    assertThat(lines.get(1)).matches("-+");
    assertThat(lines.get(2)).startsWith("word: 'shelling'").contains("34,967", "6,772", "6.00", "3.00", "0.50", "12.00x");
    assertThat(lines.get(4)).startsWith("mean of the 2 queries").contains("3.50", "1.75", "0.30", "11.67x");
    assertThat(lines.stream().skip(2).map(String::length).distinct()).hasSize(1);
    // a side not measured shows as "-" and leaves no mean
    BenchReport rawOnly = new BenchReport();
    rawOnly.addQuery(new BenchReport.QueryLine("word: 'gras'", null, 107L, null, null, 0.1));
    assertThat(rawOnly.render().strip().lines().toList().get(3)).startsWith("mean of the 1 queries").contains("0.10").endsWith("-");
  }
}
