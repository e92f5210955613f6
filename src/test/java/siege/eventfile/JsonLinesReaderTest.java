package siege.eventfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import siege.corpus.CorpusException;
import siege.model.EventDate;
import siege.model.EventRecord;

class JsonLinesReaderTest {
  @TempDir Path dir;

  @Test
  void readsGoodLinesAndReportsBadOnes() throws Exception {
    EventFiles.Result r = EventFiles.read(Fixtures.path("events.jsonl"), null);
    List<EventRecord> events = r.events();
    assertThat(events).extracting(EventRecord::id).containsExactly(
        "events#J-1", "events#line-3", "events#J-3", "events#J-4", "events#J-10");

    EventRecord one = events.get(0);
    assertThat(one.reportId()).isEqualTo("events");
    assertThat(one.sourceFile()).isEqualTo("events.jsonl");
    assertThat(one.paragraph()).isEqualTo(-1);
    assertThat(one.date()).isEqualTo(EventDate.day(java.time.LocalDate.of(2023, 9, 21)));
    assertThat(one.actors()).containsExactly("Jama'at Nasr al-Islam wal Muslimin", "Military Forces of Mali");
    assertThat(one.eventType()).isEqualTo("Explosions/Remote violence");
    assertThat(one.subEventType()).isEqualTo("Shelling/artillery/missile attack");
    assertThat(one.tags()).containsExactly("casualty update");
    assertThat(one.killed()).isEqualTo(2);
    assertThat(one.injured()).isEqualTo(5);
    assertThat(one.place()).isEqualTo("Timbuktu");
    assertThat(one.text()).isEqualTo("Shelling killed two.");
    assertThat(one.source()).isEqualTo("Radio");
    assertThat(one.extra()).containsOnly(entry("latitude", "16.77"), entry("verified", "true"));

    EventRecord monthOnly = events.get(1);
    assertThat(monthOnly.date()).isEqualTo(EventDate.month(2023, 9));
    assertThat(monthOnly.actors()).containsExactly("Wagner Group", "Military Forces of Mali");
    assertThat(monthOnly.eventType()).isEqualTo("blockade");
    assertThat(monthOnly.killed()).isNull();

    assertThat(events.get(2).date()).isEqualTo(EventDate.year(2023));
    assertThat(events.get(2).killed()).isEqualTo(4);
    assertThat(events.get(3).date()).isEqualTo(EventDate.NONE);

    EventRecord coarsened = events.get(4);
    assertThat(coarsened.date()).isEqualTo(EventDate.month(2023, 9));
    assertThat(coarsened.extra()).containsOnly(entry("note", "nested"));
    assertThat(coarsened.reportId()).isEqualTo("events");

    assertThat(r.badRows()).extracting(CorpusException::line).containsExactly(6, 7, 8, 9, 10, 11, 12, 13);
    List<String> messages = r.badRows().stream().map(CorpusException::getMessage).toList();
    assertThat(messages.get(0)).startsWith("events.jsonl:6: not valid JSON (Unrecognized token 'not'")
        .endsWith("): expected one JSON object per line");
    assertThat(messages.subList(1, 7)).containsExactly(
        "events.jsonl:7: a JSON array, not an object: expected one JSON object per line",
        "events.jsonl:8: missing date: expected \"date\": \"2023-09-21\", \"2023-09\" or \"2023\" (or "
            + "\"date_precision\": \"none\" for an undated event)",
        "events.jsonl:9: date: '2023-09-31' is not a real date: expected a date such as 2023-09-21 or "
            + "21 September 2023",
        "events.jsonl:10: killed -1 is negative: expected a whole number of 0 or more",
        "events.jsonl:11: killed 2.5 is not a whole number: expected a whole number of 0 or more",
        "events.jsonl:12: duplicate id 'J-1': already used on line 1, expected one line per event");
    assertThat(messages.get(7)).startsWith("events.jsonl:13: not valid JSON (")
        .endsWith("): expected one JSON object per line");
  }

  @Test
  void idsAlreadyPrefixedByTheFileAreKeptOthersArePrefixed() throws Exception {
    Path file = Fixtures.write(dir, "export.jsonl", """
        {"id": "export#MLI-1", "date": "2023-09-01"}
        {"id": "siege-of-timbuktu#e9", "date": "2023-09-27"}
        """);
    assertThat(EventFiles.read(file, null).events()).extracting(EventRecord::id)
        .containsExactly("export#MLI-1", "export#siege-of-timbuktu#e9");
  }

  @Test
  void wrongShapesOfFieldsAreBadRows() throws Exception {
    Path file = Fixtures.write(dir, "shapes.jsonl", """
        {"date": "2023-09-01", "actors": [{"name": "A"}]}
        {"date": "2023-09-01", "date_precision": "week"}
        {"date": "2023-09-01", "killed": "some"}
        {"date": 20230901}
        {"date": "2023-09-01", "a": 1, "a": 2}
        """);
    assertThat(EventFiles.read(file, null).badRows()).extracting(CorpusException::getMessage)
        .satisfiesExactly(
            m -> assertThat(m).isEqualTo("shapes.jsonl:1: actors holds {\"name\":\"A\"}: expected an array of strings"),
            m -> assertThat(m).isEqualTo("shapes.jsonl:2: date_precision 'week' is not valid: expected day, month, year or none"),
            m -> assertThat(m).isEqualTo("shapes.jsonl:3: killed 'some' is not a number: expected a whole number of 0 or more"),
            m -> assertThat(m).startsWith("shapes.jsonl:4: date: unparsable date '20230901'"),
            m -> assertThat(m).startsWith("shapes.jsonl:5: not valid JSON (Duplicate field 'a')"));
  }

  @Test
  void aByteOrderMarkAndWindowsLineEndingsAreFine() throws Exception {
    Path file = Fixtures.write(dir, "bom.jsonl",
        "\uFEFF{\"id\": \"A\", \"date\": \"2023-09-01\"}\r\n\r\n{\"id\": \"B\"}\r\n");
    EventFiles.Result r = EventFiles.read(file, null);
    assertThat(r.events()).extracting(EventRecord::id).containsExactly("bom#A");
    assertThat(r.badRows()).extracting(CorpusException::line).containsExactly(3);
  }

  @Test
  void unreadableFilesThrow() {
    Fixtures.write(dir, "blank.jsonl", "\n  \n");
    assertThatThrownBy(() -> EventFiles.read(dir.resolve("blank.jsonl"), null))
        .isInstanceOf(CorpusException.class).hasMessage("blank.jsonl: file is empty");
  }
}
