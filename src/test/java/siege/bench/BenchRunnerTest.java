package siege.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import siege.cli.BenchCommand;

class BenchRunnerTest {

  private static BenchOptions options(Path work, EnumSet<Phase> phases) {
    return new BenchOptions(1000, 5, work, List.of(1, 2), Duration.ZERO, Duration.ofSeconds(3), 150, phases, 0.5, 1, 1);
  }

  @Test
  void aTinyRunOfTheRawBaselineGivesATableOfSaneFigures(@TempDir Path work) throws Exception {
    BenchReport report = new BenchRunner(options(work, EnumSet.allOf(Phase.class))).run();
    assertThat(report.row("index", "events/s").raw()).isPositive();
    assertThat(report.row("index", "MB/s of text").raw()).isPositive();
    assertThat(report.row("index", "documents").raw()).isGreaterThan(500);
    assertThat(report.row("size", "index / text").raw()).isBetween(0.01, 2.0);
    for (String phase : List.of("search 1t", "search 2t", "search 1t no facets")) {
      assertThat(report.row(phase, "queries/s").raw()).as(phase).isPositive();
      assertThat(report.row(phase, "p99 ms").raw()).as(phase).isGreaterThanOrEqualTo(report.row(phase, "p50 ms").raw());
    }
    assertThat(report.row("memory", "heap after GC MB").raw()).isPositive();
    assertThat(report.row("memory", "RSS MB").raw()).isGreaterThan(report.row("memory", "heap after GC MB").raw());
    assertThat(report.rows()).allSatisfy(r -> assertThat(r.ours()).isNull());
    assertThat(report.queries()).hasSize(24).allSatisfy(q -> {
      assertThat(q.rawCpu()).isPositive();
      assertThat(q.oursCpu()).isNull();
    });
    assertThat(report.notes()).anyMatch(n -> n.startsWith("corpus: 1,000 events (500 in "));
    assertThat(java.nio.file.Files.readAllLines(work.resolve("http-queries.txt")))
        .isEqualTo(QueryMix.standard(SyntheticWorld.of(5)).apiPaths());
    String table = report.render();
    assertThat(table).contains("phase", "metric", "ours", "raw", "ours/raw", "search 2t", "queries/s");

    // a second run reuses the corpus
    BenchReport again = new BenchRunner(options(work, EnumSet.of(Phase.GENERATE))).run();
    assertThat(again.notes()).anyMatch(n -> n.startsWith("generate: reused"));
    assertThat(again.rows()).extracting(BenchReport.Row::phase).doesNotContain("index", "search 1t");
  }

  @Test
  void ourIndexerPlugsInAndIsMeasuredBesideTheBaseline(@TempDir Path work) throws Exception {
    OursPipeline ours = new OursPipeline(new RawLuceneBaseline(1), index -> {
      throw new AssertionError("search is not part of this run");
    });
    BenchReport report = new BenchRunner(options(work, EnumSet.of(Phase.INDEX)), ours).run();
    BenchReport.Row docs = report.row("index", "documents");
    assertThat(docs.ours()).isEqualTo(docs.raw());
    assertThat(report.row("index", "events/s").ratio()).isPositive();
    assertThat(report.row("size", "index MB").ours()).isPositive();
  }

  @Test
  void ourRealPipelineIsIndexedSearchedWithItsSwitchesAndTimedQueryByQuery(@TempDir Path work) throws Exception {
    OursPipeline ours = new OursPipeline((corpus, index) -> {
      siege.index.IndexSummary s = new siege.index.CorpusIndexer().index(corpus, index);
      return (long) s.reports() + s.paragraphs() + s.events();
    }, siege.search.LuceneSearchService::open);
    BenchOptions options = new BenchOptions(1000, 5, work, List.of(1), Duration.ZERO, Duration.ofSeconds(3), 60,
        EnumSet.of(Phase.INDEX, Phase.SEARCH, Phase.PERQUERY), 0.5, 1, 1, BenchOptions.DEFAULT_HTTP_DURATION,
        BenchOptions.DEFAULT_CONNECTIONS, BenchOptions.DEFAULT_SERVER_HEAP, BenchOptions.DEFAULT_SHIPPED_CORPUS, 0, 2);
    BenchReport report = new BenchRunner(options, ours).run();
    // ours writes report, paragraph and event documents; raw one per paragraph and CSV row
    assertThat(report.row("index", "documents").ours()).isGreaterThan(report.row("index", "documents").raw());
    assertThat(report.row("size", "index / text").ours()).isPositive();
    assertThat(report.row("search 1t", "queries/s").ours()).isPositive();
    // the service measured with its facets/snippets switches, beside raw Lucene doing the same counting
    for (String phase : List.of("search 1t no snippets", "search 1t no facets", "search 1t no facets, no snippets")) {
      assertThat(report.row(phase, "queries/s").ours()).as(phase).isPositive();
      assertThat(report.row(phase, "cpu ms/query").ours()).as(phase).isPositive();
      assertThat(report.row(phase, "queries/s").raw()).as(phase).isPositive();
    }
    assertThat(report.row("search 1t no snippets", "mean ms").raw()).isEqualTo(report.row("search 1t", "mean ms").raw());
    assertThat(report.row("search 1t no facets, no snippets", "mean ms").raw())
        .isEqualTo(report.row("search 1t no facets", "mean ms").raw());
    assertThat(report.row("cost of facets", "mean ms/query").ours()).isEqualTo(
        report.row("search 1t", "mean ms").ours() - report.row("search 1t no facets", "mean ms").ours());
    assertThat(report.row("cost of snippets", "cpu ms/query").ours()).isEqualTo(
        report.row("search 1t", "cpu ms/query").ours() - report.row("search 1t no snippets", "cpu ms/query").ours());
    assertThat(report.rows()).extracting(BenchReport.Row::phase).noneMatch(p -> p.startsWith("ours index"));
    assertThat(report.notes()).anyMatch(n -> n.startsWith("query mix: 24 queries; with no ours hits: "));

    // one line per query of the mix, with the hits the service reports and CPU time on every side
    QueryMix mix = QueryMix.standard(SyntheticWorld.of(5));
    List<BenchReport.QueryLine> lines = report.queries();
    assertThat(lines).extracting(BenchReport.QueryLine::query)
        .containsExactlyElementsOf(mix.queries().stream().map(BenchQuery::toString).toList());
    try (siege.search.SearchService service = siege.search.LuceneSearchService.open(work.resolve("ours-index"));
        RawLuceneSearcher raw = RawLuceneBaseline.open(work.resolve("raw-index"), true)) {
      for (int i = 0; i < mix.size(); i++) {
        BenchReport.QueryLine line = lines.get(i);
        assertThat(line.oursHits()).as(line.query())
            .isEqualTo(service.search(SearchServiceTarget.request(mix.queries().get(i))).total());
        assertThat(line.rawHits()).as(line.query()).isEqualTo(raw.execute(mix.queries().get(i)));
        assertThat(line.oursCpu()).as(line.query()).isPositive();
        assertThat(line.oursBareCpu()).as(line.query()).isPositive();
        assertThat(line.rawCpu()).as(line.query()).isPositive();
      }
    }
    assertThat(report.notes()).noneMatch(n -> n.startsWith("perquery: ours reported other totals"));
    String table = report.render();
    assertThat(table).contains("query (per-query CPU ms, 1 thread)", "ours bare", "mean of the 24 queries",
        lines.get(0).query());
  }

  @Test
  void wrkResultLinesCountOnlySuccessfulRequestsAsThroughput() {
    WrkLoad.Result r = WrkLoad.Result.parse("RESULT requests=1000 seconds=10.00 rps=100.0 p50_ms=1.500 p90_ms=2.000"
        + " p99_ms=9.250 max_ms=20.000 non2xx=200 connect=0 read=1 write=0 timeout=2");
    assertThat(r.requestsPerSecond()).isEqualTo(80.0);
    assertThat(r.p50Millis()).isEqualTo(1.5);
    assertThat(r.p99Millis()).isEqualTo(9.25);
    assertThat(r.errors()).isEqualTo(203);
    assertThatThrownBy(() -> WrkLoad.Result.parse("RESULT requests=1")).hasMessageContaining("no non2xx");
  }

  @Test
  void searchWithoutAnIndexSaysWhatToRunFirst(@TempDir Path work) {
    assertThatThrownBy(() -> new BenchRunner(options(work, EnumSet.of(Phase.SEARCH))).run())
        .hasMessageContaining("run the index phase first");
  }

  @Test
  void theCommandAnswersUsageErrorsWithExitCodeTwo() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = BenchCommand.run(List.of("--events", "lots"), null, new PrintStream(out), new PrintStream(err));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--events: expected a whole number", "got 'lots'", "--phases");
    assertThat(out.size()).isZero();
    assertThat(BenchCommand.run(List.of("--help"), null, new PrintStream(out), new PrintStream(err))).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--events", "--threads", "--rounds", "perquery",
        "search 1t no facets, no snippets", "cost of snippets");
  }
}
