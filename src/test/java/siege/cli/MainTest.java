package siege.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import siege.search.ApiJson;
import siege.search.IndexFixtures;
import siege.search.LuceneSearchService;
import siege.search.SearchRequest;

/** The CLI run in process: exit codes, plain and JSON output, and clear errors. */
class MainTest {
  @TempDir static Path fixtureIndex;

  record Run(int exit, String out, String err) {
    JsonNode json() throws Exception {
      return ApiJson.mapper().readTree(out);
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run search(String... args) {
    List<String> all = new ArrayList<>(List.of("search", "--index", fixtureIndex.toString()));
    all.addAll(List.of(args));
    return run(all.toArray(String[]::new));
  }

  @BeforeAll
  static void buildFixture() throws Exception {
    IndexFixtures.build(fixtureIndex);
  }

  @Test
  void indexTheShippedCorpusThenSearchIt(@TempDir Path index) throws Exception {
    Run r = run("index", "--corpus", "corpus", "--index", index.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).containsPattern("indexed 4 reports, \\d+ paragraphs, \\d+ events \\(0 from event files\\) in \\d+\\.\\d s");
    assertThat(r.err()).isEmpty();
    Run s = run("search", "--index", index.toString(), "--report", "siege-of-timbuktu", "--kind", "paragraph", "Sky", "Mali");
    assertThat(s.exit()).isZero();
    assertThat(s.out()).startsWith("1 hit for Sky Mali").contains("siege-of-timbuktu#p1").contains("*Sky Mali*");
  }

  @Test
  void badFilesAreListedAndTheExitCodeSaysSomeWereSkipped(@TempDir Path corpus, @TempDir Path index) throws Exception {
    Files.writeString(corpus.resolve("good.txt"), "= Siege of Goodtown =\n\nText <script>alert(1)</script> here.\n");
    Files.write(corpus.resolve("latin1.txt"), "= Caf\u00e9 =\n\nx\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(corpus.resolve("empty.txt"), "");
    Files.write(corpus.resolve("binary.txt"), new byte[] {0, 1, 2, 3});
    Files.writeString(corpus.resolve("untitled.txt"), "No title here.\n");
    Run r = run("index", "--corpus", corpus.toString(), "--index", index.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("binary.txt:1: binary content", "empty.txt: file is empty",
        "latin1.txt:1: not valid UTF-8 text", "untitled.txt:1: no title", "indexed 1 reports",
        "skipped 4 files and 0 rows");
    // the good file is searchable and its snippet is escaped
    Run s = run("search", "--index", index.toString(), "--json", "alert");
    JsonNode hit = s.json().get("hits").get(0);
    assertThat(hit.get("snippet").asText()).contains("&lt;script&gt;<mark>alert</mark>(1)&lt;&#x2F;script&gt;")
        .doesNotContain("<script>");
    assertThat(hit.get("text").asText()).contains("<script>alert(1)</script>");
  }

  @Test
  void usageErrorsExitWithTwo(@TempDir Path tmp) {
    Run unknown = run("search", "--index", tmp.toString(), "--bogus");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown option: '--bogus'").doesNotContain("Exception");
    Run noCorpus = run("index", "--corpus", tmp.resolve("nope").toString(), "--index", tmp.resolve("i").toString());
    assertThat(noCorpus.exit()).isEqualTo(2);
    assertThat(noCorpus.err()).contains("error: corpus folder not found").doesNotContain("Exception");
    assertThat(run().exit()).isEqualTo(2);
    assertThat(run("frobnicate").exit()).isEqualTo(2);
  }

  @Test
  void searchWithoutAnIndexSaysToRunIndexFirst(@TempDir Path tmp) {
    Run r = run("search", "--index", tmp.resolve("none").toString(), "shelling");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("no index in").contains("run `siege-search index` first");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "car AND            | bad_query",
      "'*omb'             | wildcard",
      "'/regex/'          | regular expressions",
      "--size=0           | expected an integer from 1 to 10000",
      "--page=0           | is 0: expected an integer from 1 to 10000",
      "--month=2023-9     | expected YYYY-MM",
      "--from=yesterday   | expected a date YYYY-MM-DD",
      "--kind=sentence    | is unknown: expected event, paragraph or report",
      "--sort=newest      | expected relevance, date or -date",
      "--event-type=Fight | is unknown: expected one of Battles"})
  void badSearchInputIsAClearMessage(String arg, String message) {
    Run r = search(arg.replace("'", ""));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: ").contains(message).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void tooDeepPagesAreRefused() {
    Run r = search("--size", "100", "--page", "101");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("past the result window").contains("[bad_page]");
  }

  @Test
  void jsonIsExactlyTheApiAnswer() throws Exception {
    Run r = search("--json", "--month", "2023-09", "shelling");
    assertThat(r.exit()).isZero();
    JsonNode json = r.json();
    assertThat(json.fieldNames()).toIterable()
        .containsExactly("query", "total", "page", "size", "took_ms", "hits", "facets", "did_you_mean");
    assertThat(json.get("hits").get(0).fieldNames()).toIterable().containsExactly("id", "kind", "report",
        "report_title", "section", "date", "date_precision", "month", "actors", "event_type", "sub_event_type",
        "tags", "killed", "injured", "place", "source_file", "text", "snippet", "score");
    try (LuceneSearchService service = LuceneSearchService.open(fixtureIndex)) {
      var request = new SearchRequest("shelling", null, List.of("2023-09"), null, null, null, null, null, null, null,
          null, 1, 10);
      ObjectNode expected = (ObjectNode) ApiJson.mapper().readTree(ApiJson.mapper().writeValueAsString(service.search(request)));
      expected.remove("took_ms");
      ((ObjectNode) json).remove("took_ms");
      assertThat(json).isEqualTo(expected);
    }
  }

  @Test
  void drillSidewaysKeepsOtherMonthsCounted() throws Exception {
    JsonNode json = search("--json", "--month", "2023-09", "shelling").json();
    // e3 "shelled", e4 and the event-file row "shelling" (same stem)
    assertThat(json.get("total").asLong()).isEqualTo(3);
    assertThat(json.get("facets").get("month").toString())
        .isEqualTo("[{\"value\":\"2023-08\",\"count\":1},{\"value\":\"2023-09\",\"count\":3}]");
    for (JsonNode h : json.get("hits")) assertThat(h.get("month").asText()).isEqualTo("2023-09");
  }

  @Test
  void kindAndReportFiltersListAllOfAReportsEvents() throws Exception {
    JsonNode json = search("--report", IndexFixtures.REPORT, "--kind", "event", "--size", "1000", "--json").json();
    assertThat(json.get("total").asLong()).isEqualTo(8);
    assertThat(json.get("size").asInt()).isEqualTo(1000);
    assertThat(json.get("hits")).hasSize(8).allSatisfy(h -> {
      assertThat(h.get("kind").asText()).isEqualTo("event");
      assertThat(h.get("report").asText()).isEqualTo(IndexFixtures.REPORT);
    });
  }

  @Test
  void aPhraseIsMarkedAsOnePhrase() throws Exception {
    JsonNode json = search("--json", "--kind", "event", "\"car bomb\"").json();
    assertThat(json.get("total").asLong()).isEqualTo(1);
    assertThat(json.get("hits").get(0).get("snippet").asText())
        .isEqualTo("On 27 September, the Blue Front attacked a base with a <mark>car bomb</mark> and seized it.");
  }

  @Test
  void sortByDateAndPaging() throws Exception {
    JsonNode p1 = search("--json", "--kind", "event", "--sort", "date", "--size", "3").json();
    JsonNode p2 = search("--json", "--kind", "event", "--sort", "date", "--size", "3", "--page", "2").json();
    assertThat(dates(p1)).containsExactly("2023-08-08", "2023-08-26", "2023-09-05");
    assertThat(dates(p2)).containsExactly("2023-09-11", "2023-09-21", "2023-09-21");
    JsonNode newest = search("--json", "--kind", "event", "--sort", "-date", "--size", "1").json();
    assertThat(dates(newest)).containsExactly("2024-01");
  }

  @Test
  void plainOutputShowsDateActorsReportAndSentence() {
    Run r = search("--actor", "Red Army", "--kind", "event", "--sort", "date", "shelled");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("1 hit for shelled, page 1 of 1")
        .contains("2023-09-11  event  siege-of-testville#e3  Explosions/Remote violence / Shelling/artillery/missile attack")
        .contains("actors: Blue Front, Red Army")
        .contains("On 11 September, the Blue Front shelled the airport held by the Red Army.")
        .contains("facets:").contains("month: 2023-09 (1)")
        // the actor facet does not apply its own filter (multi-select): every actor of the events
        // that say shelled/shelling (e3, e4, the event-file row), not only the one Red Army hit
        .contains("actor: Blue Front (3), Red Army (1)");
  }

  private static List<String> dates(JsonNode json) {
    List<String> out = new ArrayList<>();
    json.get("hits").forEach(h -> out.add(h.get("date").asText()));
    return out;
  }
}
