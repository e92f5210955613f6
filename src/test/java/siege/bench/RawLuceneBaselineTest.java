package siege.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import siege.corpus.ReportParser;
import siege.model.Paragraph;
import siege.model.Report;

/** The raw baseline end to end on a 10^3-event corpus, checked against counts made from the files. */
class RawLuceneBaselineTest {
  /** A document as the baseline should index it, rebuilt here from the files independently. */
  record Doc(String text, String month, List<String> actors) {}

  @TempDir static Path work;
  static GeneratedCorpus corpus;
  static long indexed;
  static List<Doc> expected;

  @BeforeAll
  static void generateAndIndex() throws Exception {
    corpus = new CorpusGenerator(GeneratorOptions.of(1000, 11)).generate(work.resolve("corpus"));
    indexed = new RawLuceneBaseline(2).index(corpus.dir(), Files.createDirectories(work.resolve("raw")));
    expected = readDocs(corpus.dir());
  }

  static List<Doc> readDocs(Path dir) throws Exception {
    List<Doc> docs = new ArrayList<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".txt")) {
          Report r = ReportParser.parse(name, name, Files.readString(f));
          List<String> actors = new ArrayList<>();
          for (String k : List.of("Combatant1", "Combatant2")) {
            for (String a : r.info(k).split(",")) actors.add(a.replaceAll("\\(.*\\)", "").strip());
          }
          for (Paragraph p : r.paragraphs()) docs.add(new Doc(p.text(), r.info("Date").substring(0, 7), actors));
        } else {
          try (Reader reader = Files.newBufferedReader(f);
              CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord row : parser) {
              List<String> actors = new ArrayList<>();
              for (String c : List.of("actor1", "actor2")) {
                String a = row.get(c).replaceAll("\\s*\\([^)]*\\)$", "").strip();
                if (!a.isEmpty()) actors.add(a);
              }
              docs.add(new Doc(row.get("notes"), row.get("event_date").substring(0, 7), actors));
            }
          }
        }
      }
    }
    return docs;
  }

  private static long count(Predicate<Doc> p) {
    return expected.stream().filter(p).count();
  }

  private static Predicate<Doc> text(String regex) {
    Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    return d -> pattern.matcher(d.text()).find();
  }

  @Test
  void indexesOneDocumentPerParagraphAndPerCsvRow() {
    assertThat(indexed).isEqualTo(expected.size());
    assertThat(count(d -> true)).isGreaterThan(corpus.csvEvents());
  }

  @Test
  void searchesFindWhatTheFilesContain() throws Exception {
    SyntheticWorld world = SyntheticWorld.of(11);
    String actor = world.countries().get(0).groups().get(0).name();
    Map<String, Long> months = expected.stream().collect(Collectors.groupingBy(Doc::month, Collectors.counting()));
    String month = months.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    try (RawLuceneSearcher s = RawLuceneBaseline.open(work.resolve("raw"), true)) {
      assertThat(s.documents()).isEqualTo(expected.size());
      assertThat(s.execute(BenchQuery.text(BenchQuery.Category.WORD, "convoy"))).isEqualTo(count(text("\\bconvoy\\b"))).isPositive();
      assertThat(s.execute(BenchQuery.text(BenchQuery.Category.PHRASE, "\"car bomb\""))).isEqualTo(count(text("\\bcar bomb\\b"))).isPositive();
      assertThat(s.execute(BenchQuery.text(BenchQuery.Category.TWO_WORDS, "fuel trucks")))
          .isEqualTo(count(text("\\bfuel\\b").and(text("\\btrucks\\b"))));
      assertThat(s.execute(BenchQuery.text(BenchQuery.Category.EMPTY_WITH_FACETS, ""))).isEqualTo(expected.size());
      assertThat(s.execute(new BenchQuery(BenchQuery.Category.MONTH_FILTER, "", List.of(), List.of(month))))
          .isEqualTo(months.get(month));
      assertThat(s.execute(new BenchQuery(BenchQuery.Category.ACTOR_FILTER, "", List.of(actor), List.of())))
          .isEqualTo(count(d -> d.actors().contains(actor))).isPositive();
      assertThat(s.execute(new BenchQuery(BenchQuery.Category.ACTOR_FILTER, "shelling", List.of(actor), List.of(month))))
          .isEqualTo(count(text("\\bshelling\\b").and(d -> d.actors().contains(actor) && d.month().equals(month))));
    }
  }

  @Test
  void withAndWithoutFacetsTheHitsAreTheSame() throws Exception {
    QueryMix mix = QueryMix.standard(SyntheticWorld.of(11));
    try (RawLuceneSearcher facets = RawLuceneBaseline.open(work.resolve("raw"), true);
        RawLuceneSearcher plain = RawLuceneBaseline.open(work.resolve("raw"), false)) {
      for (BenchQuery q : mix.queries()) {
        long withFacets = facets.execute(q);
        long without = plain.execute(q);
        // without facets Lucene may stop counting at 1000 and give a lower bound
        if (without < 1000) assertThat(without).as(q.toString()).isEqualTo(withFacets);
        else assertThat(withFacets).as(q.toString()).isGreaterThanOrEqualTo(1000);
      }
    }
  }

  @Test
  void theQueryMixMostlyHitsEvenAtTenToTheThree() throws Exception {
    QueryMix mix = QueryMix.standard(SyntheticWorld.of(11));
    int hitting = 0;
    try (RawLuceneSearcher s = RawLuceneBaseline.open(work.resolve("raw"), true)) {
      for (BenchQuery q : mix.queries()) {
        long hits = s.execute(q);
        // sparse combinations and the deliberately rare words may find nothing in so small a corpus
        boolean sparse = q.category() == BenchQuery.Category.MONTH_FILTER || q.category() == BenchQuery.Category.TWO_WORDS
            || q.actors().size() > 1
            || (q.category() == BenchQuery.Category.WORD && SyntheticWorld.of(11).vocabulary().isPseudoWord(q.text()));
        if (!sparse) {
          assertThat(hits).as(q.toString()).isPositive();
        }
        if (hits > 0) hitting++;
      }
    }
    assertThat(hitting).isGreaterThanOrEqualTo(mix.size() * 3 / 4);
  }

  @Test
  void aShortLoadGivesSaneFigures() throws Exception {
    QueryMix mix = QueryMix.standard(SyntheticWorld.of(11));
    try (RawLuceneSearcher s = RawLuceneBaseline.open(work.resolve("raw"), true)) {
      for (int threads : List.of(1, 2)) {
        LatencyStats stats = new SearchLoad(threads, Duration.ofMillis(200), Duration.ofSeconds(5), 300).run(s, mix);
        assertThat(stats.queries()).isBetween(1L, 300L);
        assertThat(stats.queriesPerSecond()).isPositive();
        assertThat(stats.p50Nanos()).isPositive();
        assertThat(stats.p99Nanos()).isGreaterThanOrEqualTo(stats.p50Nanos());
        assertThat(stats.maxNanos()).isGreaterThanOrEqualTo(stats.p99Nanos());
      }
    }
  }

  @Test
  void theIndexIsSmallerThanTheTextItHolds() throws IOException {
    long index = ResourceMeter.folderBytes(work.resolve("raw"));
    assertThat(index).isPositive().isLessThan(corpus.totalBytes());
  }
}
