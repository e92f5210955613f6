package siege.eventfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import siege.model.EventDate;
import siege.model.EventRecord;

/** Export then import gives the same events. */
class RoundTripTest {
  @TempDir Path dir;

  private Path export(EventWriter writer, String name, List<EventRecord> events) throws Exception {
    Path file = dir.resolve(name);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writer.begin(out);
      for (EventRecord e : events) writer.write(e);
      writer.end();
    }
    return file;
  }

  private static List<EventRecord> read(Path file) throws Exception {
    EventFiles.Result r = EventFiles.read(file, null);
    assertThat(r.badRows()).isEmpty();
    return r.events();
  }

  /** The event itself, without where it was stored (id, report, file, section, paragraph). */
  private static EventRecord content(EventRecord e) {
    return new EventRecord("", "", "", "", "", 0, e.date(), e.actors(), e.eventType(),
        e.subEventType(), e.tags(), e.killed(), e.injured(), e.place(), e.text(), e.source(), e.extra());
  }

  private static EventRecord withFile(EventRecord e, String sourceFile) {
    return new EventRecord(e.id(), e.reportId(), sourceFile, sourceFile, e.section(), e.paragraph(),
        e.date(), e.actors(), e.eventType(), e.subEventType(), e.tags(), e.killed(), e.injured(),
        e.place(), e.text(), e.source(), e.extra());
  }

  @Test
  void sampleCsvToCsvGivesTheSameRecords() throws Exception {
    List<EventRecord> sample = read(Fixtures.path("timbuktu-acled-sample.csv"));
    List<EventRecord> again = read(export(new AcledCsvWriter(), "timbuktu-acled-sample.csv", sample));
    assertThat(again).isEqualTo(sample);
  }

  @Test
  void sampleCsvToJsonLinesGivesTheSameRecords() throws Exception {
    List<EventRecord> sample = read(Fixtures.path("timbuktu-acled-sample.csv"));
    List<EventRecord> again = read(export(new JsonLinesWriter(), "timbuktu-acled-sample.jsonl", sample));
    assertThat(again).isEqualTo(sample.stream().map(e -> withFile(e, "timbuktu-acled-sample.jsonl")).toList());
  }

  @Test
  void awkwardCsvSurvivesBothFormatsWithItsExtraColumns() throws Exception {
    List<EventRecord> awkward = read(Fixtures.path("awkward-acled.csv"));
    List<String> extras = AcledCsvWriter.extraColumnsOf(awkward);
    assertThat(extras).containsExactly("reporter_note");
    assertThat(read(export(new AcledCsvWriter(extras), "awkward-acled.csv", awkward))).isEqualTo(awkward);

    List<EventRecord> viaJson = read(export(new JsonLinesWriter(), "awkward-acled.jsonl", awkward));
    assertThat(viaJson).isEqualTo(awkward.stream().map(e -> withFile(e, "awkward-acled.jsonl")).toList());
    List<EventRecord> backToCsv = read(export(new AcledCsvWriter(extras), "awkward-acled.csv", viaJson));
    assertThat(backToCsv).isEqualTo(awkward);
  }

  @Test
  void reportEventsSurviveBothFormatsUnderTheExportFilesIds() throws Exception {
    List<EventRecord> events = List.of(
        EventWritersTest.reportEvent("siege-of-testville#e1", EventDate.day(LocalDate.of(2023, 8, 26)),
            List.of("Group A", "Group B", "Group C"), 1, 4, "Shelling near the bank, \"again\".", Map.of()),
        EventWritersTest.reportEvent("siege-of-testville#e2", EventDate.month(2023, 12), List.of(),
            null, null, "A festival\nin December.", Map.of()),
        EventWritersTest.reportEvent("siege-of-testville#e3", EventDate.year(2024), List.of("Group B"),
            0, null, "Later that year.", Map.of()),
        EventWritersTest.reportEvent("siege-of-testville#e4", EventDate.NONE, List.of("Group A"),
            null, 2, "Undated sentence.", Map.of()));
    for (EventWriter writer : List.of(new AcledCsvWriter(), new JsonLinesWriter())) {
      List<EventRecord> again = read(export(writer, "export." + writer.extension(), events));
      assertThat(again).extracting(EventRecord::id).as(writer.format()).containsExactly(
          "export#siege-of-testville#e1", "export#siege-of-testville#e2",
          "export#siege-of-testville#e3", "export#siege-of-testville#e4");
      assertThat(again).extracting(EventRecord::reportId).containsOnly("export");
      assertThat(again.stream().map(RoundTripTest::content).toList()).as(writer.format())
          .isEqualTo(events.stream().map(RoundTripTest::content).toList());
    }
  }
}
