package siege.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import siege.eventfile.EventFiles;
import siege.model.EventRecord;
import siege.search.ApiJson;

/** {@code search --export csv|jsonl [--output FILE]} over an index of corpus/: every event found, not a page. */
class SearchExportTest {
  @TempDir static Path index;
  static final String[] FILTERS = {"--report", "siege-of-timbuktu", "shelling"};

  @BeforeAll
  static void buildIndex() {
    assertThat(MainTest.run("index", "--corpus", "corpus", "--index", index.toString()).exit()).isZero();
  }

  static MainTest.Run search(String... args) {
    List<String> all = new ArrayList<>(List.of("search", "--index", index.toString()));
    all.addAll(List.of(args));
    return MainTest.run(all.toArray(String[]::new));
  }

  /** The texts of every event the same search finds, from --json (size large enough for all). */
  static List<String> searchedTexts() throws Exception {
    List<String> args = new ArrayList<>(List.of("--json", "--kind", "event", "--size", "1000"));
    args.addAll(List.of(FILTERS));
    JsonNode result = search(args.toArray(String[]::new)).json();
    List<String> texts = new ArrayList<>();
    result.get("hits").forEach(h -> texts.add(h.get("text").asText()));
    assertThat(texts).hasSize(result.get("total").asInt()).isNotEmpty();
    return texts;
  }

  @Test
  void csvToAFileHoldsEveryEventTheSearchFinds(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("out.csv");
    List<String> args = new ArrayList<>(List.of("--export", "csv", "--output", file.toString()));
    args.addAll(List.of(FILTERS));
    MainTest.Run r = search(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    List<EventRecord> events = EventFiles.read(file, null).events();
    assertThat(r.out()).isEqualTo("exported " + events.size() + " events to " + file + System.lineSeparator());
    assertThat(events).extracting(EventRecord::text).containsExactlyInAnyOrderElementsOf(searchedTexts());
  }

  @Test
  void jsonLinesGoToStandardOutputByDefault() throws Exception {
    List<String> args = new ArrayList<>(List.of("--export", "JSONL", "--sort", "date"));
    args.addAll(List.of(FILTERS));
    MainTest.Run r = search(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> texts = new ArrayList<>();
    for (String line : r.out().lines().toList()) texts.add(ApiJson.mapper().readTree(line).get("text").asText());
    assertThat(texts).containsExactlyInAnyOrderElementsOf(searchedTexts());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      --export xml                         | expected one of csv, jsonl
      --export csv --page 2                | --page and --size do not apply
      --export csv --json                  | --export and --json do not go together
      --export csv --kind paragraph        | --kind must include event
      --export csv --month 2023-9          | '2023-9' is not a month
      """)
  void badExportOptionsAreUsageErrors(String options, String message) {
    MainTest.Run r = search(options.split(" "));
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains(message);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aRefusedQueryLeavesNoFileBehind(@TempDir Path dir) {
    Path file = dir.resolve("never.csv");
    MainTest.Run r = search("--export", "csv", "--output", file.toString(), "*omb");
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("may not start with a wildcard");
    assertThat(file).doesNotExist();
  }
}
