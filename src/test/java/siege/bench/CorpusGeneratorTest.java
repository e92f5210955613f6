package siege.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import siege.corpus.ReportParser;
import siege.model.Report;

class CorpusGeneratorTest {
  /** The ACLED export header, in order, as issue 6 and the shared sample give it. */
  private static final List<String> ACLED_HEADER = List.of(
      "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
      "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
      "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
      "source", "source_scale", "notes", "fatalities", "tags", "timestamp");
  private static final int EVENTS = 3000;
  private static final int CSV_ROWS_PER_FILE = 600;

  @TempDir static Path work;
  static Path corpusDir;
  static GeneratedCorpus corpus;

  @BeforeAll
  static void generate() throws IOException {
    corpusDir = work.resolve("corpus");
    corpus = new CorpusGenerator(new GeneratorOptions(EVENTS, 7, 0.5, CSV_ROWS_PER_FILE, 2)).generate(corpusDir);
  }

  private static List<Path> files(String extension) throws IOException {
    try (var s = Files.list(corpusDir)) {
      return s.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }

  @Test
  void sameSeedAndScaleGiveByteIdenticalFilesWhateverTheThreads(@TempDir Path other) throws IOException {
    Path again = other.resolve("again");
    new CorpusGenerator(new GeneratorOptions(EVENTS, 7, 0.5, CSV_ROWS_PER_FILE, 1)).generate(again);
    List<String> names = names(corpusDir);
    assertThat(names(again)).isEqualTo(names);
    for (String name : names) {
      assertThat(Files.readAllBytes(again.resolve(name))).as(name).isEqualTo(Files.readAllBytes(corpusDir.resolve(name)));
    }
  }

  @Test
  void anotherSeedGivesAnotherCorpus(@TempDir Path other) throws IOException {
    Path dir = other.resolve("c");
    new CorpusGenerator(new GeneratorOptions(EVENTS, 8, 0.5, CSV_ROWS_PER_FILE, 2)).generate(dir);
    String a = Files.readString(files(".csv").get(0));
    String b = Files.readString(dir.resolve(files(".csv").get(0).getFileName()));
    assertThat(b).isNotEqualTo(a);
  }

  @Test
  void refusesAFolderThatHoldsFiles() {
    assertThatThrownBy(() -> new CorpusGenerator(GeneratorOptions.of(10, 1)).generate(corpusDir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not empty");
  }

  @Test
  void splitsTheEventsBetweenReportsAndCsvRowsAsAsked() {
    assertThat(corpus.events()).isEqualTo(EVENTS);
    assertThat(corpus.reportEvents()).isEqualTo(EVENTS / 2);
    assertThat(corpus.csvEvents()).isEqualTo(EVENTS / 2);
    List<Integer> plan = new CorpusGenerator(new GeneratorOptions(EVENTS, 7, 0.5, CSV_ROWS_PER_FILE, 2)).reportPlan();
    assertThat(plan.stream().mapToInt(Integer::intValue).sum()).isEqualTo(EVENTS / 2);
    assertThat(plan).allSatisfy(n -> assertThat(n).isBetween(GeneratorOptions.MIN_REPORT_EVENTS,
        GeneratorOptions.MAX_REPORT_EVENTS + GeneratorOptions.MIN_REPORT_EVENTS));
    assertThat(corpus.reports()).isEqualTo(plan.size());
  }

  @Test
  void everyReportParsesWithTitleInfoboxDateAndParagraphs() throws Exception {
    List<Path> reports = files(".txt");
    assertThat(reports).hasSize(corpus.reports());
    long bytes = 0;
    for (Path file : reports) {
      String name = file.getFileName().toString();
      String text = Files.readString(file);
      bytes += Files.size(file);
      Report r = ReportParser.parse(name.replace(".txt", ""), name, text);
      assertThat(r.title()).as(name).isNotBlank().isEqualTo(r.info("Conflict"));
      assertThat(r.info("Date")).as(name).matches("\\d{4}-\\d{2}-\\d{2}");
      LocalDate.parse(r.info("Date"));
      assertThat(r.info("Combatant1")).as(name).isNotBlank();
      assertThat(r.info("Combatant2")).as(name).isNotBlank();
      assertThat(r.info("Commander1")).as(name).isNotBlank();
      assertThat(r.info("Place")).as(name).startsWith(r.title().replaceAll("^.* of ", ""));
      // the generator writes each paragraph on one line: every line that is not the title, the
      // infobox or a heading is one paragraph for the parser
      long lines = text.lines().filter(l -> !l.isBlank() && !l.startsWith("=") && !l.equals("Infobox")
          && !l.startsWith("- ")).count();
      assertThat(r.paragraphs()).as(name).hasSizeGreaterThanOrEqualTo(2).hasSize((int) lines);
      assertThat(r.paragraphs().get(0).section()).isEmpty();
      assertThat(r.paragraphs().get(r.paragraphs().size() - 1).section()).as(name).isNotEmpty();
    }
    assertThat(bytes).isEqualTo(corpus.reportBytes());
    double meanKb = bytes / 1024.0 / reports.size();
    assertThat(meanKb).as("mean report size in KB").isBetween(3.0, 40.0);
  }

  @Test
  void theLeadDefinesTheBesiegersAcronymAndTheTextUsesIt() throws Exception {
    Pattern definition = Pattern.compile("([A-Z][\\w' -]+?) \\(([A-Z]{2,6})\\)");
    int used = 0;
    for (Path file : files(".txt")) {
      String name = file.getFileName().toString();
      String text = Files.readString(file);
      Report r = ReportParser.parse(name, name, text);
      String besieger = r.info("Combatant2").split(",")[0].strip();
      Matcher m = definition.matcher(r.paragraphs().get(0).text());
      assertThat(m.find()).as(name).isTrue();
      assertThat(m.group(1)).as(name).endsWith(besieger);
      String acronym = m.group(2);
      String rest = text.substring(text.indexOf(m.group()) + m.group().length());
      if (Pattern.compile("\\b" + acronym + "\\b").matcher(rest).find()) used++;
    }
    assertThat(used).as("reports that use the acronym after defining it").isGreaterThan(files(".txt").size() / 2);
  }

  @Test
  void reportsDateTheirSentencesTheWaysRealReportsDo() throws Exception {
    String all = files(".txt").stream().map(CorpusGeneratorTest::read).collect(Collectors.joining("\n"));
    assertThat(all).containsPattern("\\bOn \\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December), ")
        .containsPattern("\\bOn \\d{1,2} [A-Z][a-z]+ 20\\d\\d, ")
        .containsPattern("\\b(Two|Three|Four|Five|Six) days later")
        .contains("The next day, ")
        .containsPattern("\\b(In|During) [A-Z][a-z]+ 20\\d\\d, ")
        .contains("The attack began with ")
        .containsPattern("\\b(killing|leaving) (a child|[a-z]+|\\d+) ");
    Matcher m = Pattern.compile("\\bOn (\\d{1,2} [A-Z][a-z]+ 20\\d\\d)").matcher(all);
    Set<Integer> years = new HashSet<>();
    DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    while (m.find()) years.add(LocalDate.parse(m.group(1), f).getYear());
    assertThat(years).as("years mentioned").hasSizeGreaterThanOrEqualTo(5).allSatisfy(y -> assertThat(y).isBetween(2014, 2035));
  }

  @Test
  void csvFilesHaveTheAcledHeaderAndTheRequestedRows() throws Exception {
    List<Path> csvs = files(".csv");
    assertThat(csvs).hasSize((EVENTS / 2 + CSV_ROWS_PER_FILE - 1) / CSV_ROWS_PER_FILE);
    long rows = 0;
    Set<String> ids = new HashSet<>();
    Map<String, Integer> eventTypes = new HashMap<>();
    boolean multiLine = false;
    for (Path file : csvs) {
      String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
      assertThat(first).isEqualTo(String.join(",", ACLED_HEADER));
      try (Reader reader = Files.newBufferedReader(file);
          CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
        assertThat(parser.getHeaderNames()).isEqualTo(ACLED_HEADER);
        for (CSVRecord row : parser) {
          rows++;
          assertThat(row.size()).isEqualTo(31);
          assertThat(ids.add(row.get("event_id_cnty"))).as("unique id " + row.get("event_id_cnty")).isTrue();
          LocalDate date = LocalDate.parse(row.get("event_date"));
          assertThat(row.get("year")).isEqualTo(Integer.toString(date.getYear()));
          assertThat(row.get("time_precision")).isIn("1", "2", "3");
          assertThat(siege.model.Taxonomy.subEventType(row.get("sub_event_type"))).isPresent()
              .get().extracting(Map.Entry::getKey).isEqualTo(row.get("event_type"));
          assertThat(Integer.parseInt(row.get("fatalities"))).isNotNegative();
          assertThat(row.get("actor1")).isNotBlank();
          assertThat(row.get("notes")).contains(String.valueOf(date.getYear())).matches("(?s).*\\.\"?");
          multiLine |= row.get("notes").contains("\n");
          eventTypes.merge(row.get("event_type"), 1, Integer::sum);
        }
      }
    }
    assertThat(rows).isEqualTo(EVENTS / 2);
    assertThat(eventTypes.keySet()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(multiLine).as("some notes span lines").isTrue();
  }

  @Test
  void textWordFrequenciesFollowZipf() throws Exception {
    Map<String, Integer> counts = new HashMap<>();
    for (Path f : files(".txt")) {
      for (String w : read(f).toLowerCase(Locale.ROOT).split("[^a-z']+")) {
        if (!w.isEmpty()) counts.merge(w, 1, Integer::sum);
      }
    }
    List<Integer> freq = new ArrayList<>(counts.values());
    freq.sort((a, b) -> b - a);
    assertThat(freq.size()).as("distinct words").isGreaterThan(1000);
    // least-squares slope of log(frequency) on log(rank) over the first 1000 ranks: about -1 for Zipf
    int n = 1000;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (int i = 0; i < n; i++) {
      double x = Math.log(i + 1);
      double y = Math.log(freq.get(i));
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    assertThat(slope).isBetween(-1.4, -0.7);
    assertThat((double) freq.get(0) / freq.get(9)).as("rank 1 / rank 10").isBetween(4.0, 25.0);
  }

  private static List<String> names(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
