package siege.eventfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import siege.corpus.CorpusException;
import siege.model.EventDate;
import siege.model.EventRecord;
import siege.model.Precision;

class AcledCsvReaderTest {
  @TempDir Path dir;

  private static Map<String, EventRecord> byId(List<EventRecord> events) {
    return events.stream().collect(Collectors.toMap(EventRecord::id, Function.identity()));
  }

  @Test
  void readsTheSharedSampleFieldByField() throws Exception {
    EventFiles.Result r = EventFiles.read(Fixtures.path("timbuktu-acled-sample.csv"), null);
    assertThat(r.badRows()).isEmpty();
    assertThat(r.events()).hasSize(10);
    assertThat(r.events()).extracting(EventRecord::id).startsWith(
        "timbuktu-acled-sample#MLI-SAMPLE-001", "timbuktu-acled-sample#MLI-SAMPLE-002");
    Map<String, EventRecord> events = byId(r.events());

    EventRecord first = events.get("timbuktu-acled-sample#MLI-SAMPLE-001");
    assertThat(first.reportId()).isEqualTo("timbuktu-acled-sample");
    assertThat(first.reportTitle()).isEqualTo("timbuktu-acled-sample.csv");
    assertThat(first.sourceFile()).isEqualTo("timbuktu-acled-sample.csv");
    assertThat(first.section()).isEmpty();
    assertThat(first.paragraph()).isEqualTo(-1);
    assertThat(first.date()).isEqualTo(EventDate.day(java.time.LocalDate.of(2023, 8, 8)));
    assertThat(first.actors()).containsExactly("Jama'at Nasr al-Islam wal Muslimin");
    assertThat(first.eventType()).isEqualTo("Strategic developments");
    assertThat(first.subEventType()).isEqualTo("Other");
    assertThat(first.tags()).isEmpty();
    assertThat(first.killed()).isZero();
    assertThat(first.injured()).isNull();
    assertThat(first.place()).isEqualTo("Timbuktu");
    assertThat(first.text()).startsWith("JNIM imposed a complete blockade on the city of Timbuktu, marking")
        .endsWith("food and aid shortages followed.");
    assertThat(first.source()).isEqualTo("Sample from seed report");
    assertThat(first.extra()).containsOnly(
        entry("disorder_type", "Strategic developments"), entry("inter1", "2"), entry("inter2", "0"),
        entry("interaction", "20"), entry("iso", "466"), entry("region", "Western Africa"),
        entry("country", "Mali"), entry("admin1", "Tombouctou"), entry("admin2", "Tombouctou"),
        entry("admin3", "Tombouctou"), entry("latitude", "16.7735"), entry("longitude", "-3.0074"),
        entry("geo_precision", "1"), entry("source_scale", "Other"), entry("timestamp", "1751328000"));

    EventRecord second = events.get("timbuktu-acled-sample#MLI-SAMPLE-002");
    assertThat(second.actors()).containsExactly("Unidentified jihadist militants", "Civilians (Mali)");
    assertThat(second.eventType()).isEqualTo("Explosions/Remote violence");
    assertThat(second.subEventType()).isEqualTo("Shelling/artillery/missile attack");
    assertThat(second.killed()).isEqualTo(1);
    assertThat(second.extra()).containsEntry("civilian_targeting", "Civilian targeting")
        .containsEntry("inter2", "7").containsEntry("interaction", "27");

    EventRecord third = events.get("timbuktu-acled-sample#MLI-SAMPLE-003");
    assertThat(third.date().iso()).isEqualTo("2023-08-30");
    assertThat(third.actors()).containsExactly(
        "Jama'at Nasr al-Islam wal Muslimin", "Military Forces of Mali", "Wagner Group");
    assertThat(third.place()).isEqualTo("Timbuktu airport");
    assertThat(third.text()).endsWith("No casualties are given in the seed report.");

    EventRecord sixth = events.get("timbuktu-acled-sample#MLI-SAMPLE-006");
    assertThat(sixth.killed()).isEqualTo(5);
    assertThat(sixth.text()).contains("(22 September 2023)");

    EventRecord eighth = events.get("timbuktu-acled-sample#MLI-SAMPLE-008");
    assertThat(eighth.date()).isEqualTo(EventDate.month(2025, 6));
    assertThat(eighth.date().iso()).isEqualTo("2025-06");
    assertThat(eighth.eventType()).isEqualTo("Battles");
    assertThat(eighth.subEventType()).isEqualTo("Armed clash");
    assertThat(eighth.killed()).isEqualTo(14);
    assertThat(eighth.extra()).containsEntry("geo_precision", "2");

    EventRecord tenth = events.get("timbuktu-acled-sample#MLI-SAMPLE-010");
    assertThat(tenth.date().precision()).isEqualTo(Precision.MONTH);
    assertThat(tenth.actors()).containsExactly("Military Forces of Mali");
    assertThat(tenth.subEventType()).isEqualTo("Arrests");
    assertThat(tenth.extra()).doesNotContainKeys("acled_event_type", "acled_sub_event_type");
  }

  @Test
  void readsEveryAwkwardCase() throws Exception {
    EventFiles.Result r = EventFiles.read(Fixtures.path("awkward-acled.csv"), null);
    assertThat(r.badRows()).isEmpty();
    assertThat(r.events()).extracting(EventRecord::id).containsExactly(
        "awkward-acled#AWK-1", "awkward-acled#AWK-2", "awkward-acled#AWK-3", "awkward-acled#line-7",
        "awkward-acled#AWK-5");
    Map<String, EventRecord> events = byId(r.events());

    // BOM before the first header, columns shuffled, quoted commas, doubled quotes, "21 September 2023"
    EventRecord one = events.get("awkward-acled#AWK-1");
    assertThat(one.text()).isEqualTo("Shelling hit the market, the port and the school.");
    assertThat(one.date()).isEqualTo(EventDate.day(java.time.LocalDate.of(2023, 9, 21)));
    assertThat(one.actors()).containsExactly("Jama'at Nasr al-Islam wal Muslimin",
        "Military Forces of Mali (2021-)", "Katiba Macina", "Ansar Dine");
    assertThat(one.killed()).isEqualTo(3);
    assertThat(one.place()).isEqualTo("Gao");
    assertThat(one.source()).isEqualTo("Le Monde, RFI");
    assertThat(one.extra()).containsOnly(entry("latitude", "16.27"),
        entry("reporter_note", "checked by \"desk\" editor"), entry("admin1", "Gao"));

    // multi-line notes (CRLF inside the quotes), lower-case types, no location, no fatalities
    EventRecord two = events.get("awkward-acled#AWK-2");
    assertThat(two.text()).isEqualTo(
        "First line of the notes.\nSecond line, with a comma.\nThird \"quoted\" line.");
    assertThat(two.eventType()).isEqualTo("Battles");
    assertThat(two.subEventType()).isEqualTo("Armed clash");
    assertThat(two.extra()).containsEntry("acled_event_type", "battles")
        .containsEntry("acled_sub_event_type", "armed clash");
    assertThat(two.actors()).containsExactly("Wagner Group");
    assertThat(two.killed()).isNull();
    assertThat(two.place()).isEqualTo("Gao");
    assertThat(two.tags()).containsExactly("blockade", "casualty update");

    EventRecord three = events.get("awkward-acled#AWK-3");
    assertThat(three.date()).isEqualTo(EventDate.month(2023, 11));
    assertThat(three.actors()).containsExactly("Unidentified Armed Group (Mali)");

    // no id, "September 21, 2023", an event type we do not know is kept as given
    EventRecord four = events.get("awkward-acled#line-7");
    assertThat(four.date().iso()).isEqualTo("2023-09-21");
    assertThat(four.eventType()).isEqualTo("Siege escalation");
    assertThat(four.subEventType()).isNull();
    assertThat(four.actors()).isEmpty();
    assertThat(four.source()).isNull();
    assertThat(four.extra()).isEmpty();

    // after a blank line: "25/12/2023" with ACLED's time_precision 2 (within a week)
    EventRecord five = events.get("awkward-acled#AWK-5");
    assertThat(five.date()).isEqualTo(EventDate.day(java.time.LocalDate.of(2023, 12, 25)));
    assertThat(five.text()).isEqualTo("Ceasefire talks; \"no agreement\" reached");
    assertThat(five.actors()).containsExactly("Military Forces of Mali (2021-)", "Sky Mali");
    assertThat(five.extra()).containsEntry("acled_time_precision", "2")
        .containsEntry("reporter_note", "late entry");
  }

  @Test
  void badRowsAreReportedWithTheirLineAndTheOthersKept() throws Exception {
    EventFiles.Result r = EventFiles.read(Fixtures.path("bad-rows.csv"), null);
    assertThat(r.events()).extracting(EventRecord::id)
        .containsExactly("bad-rows#B-1", "bad-rows#B-10");
    assertThat(r.events().get(1).text()).isEqualTo("Good row after all that, with \"quotes\".");
    assertThat(r.badRows()).extracting(CorpusException::getMessage).containsExactly(
        "bad-rows.csv:3: missing event_date: expected a date such as 2023-09-21 or 21 September 2023",
        "bad-rows.csv:4: event_date: unparsable date '31 Septembre 2023': expected a date such as "
            + "2023-09-21 or 21 September 2023",
        "bad-rows.csv:5: fatalities 'many' is not a number: expected a whole number of 0 or more",
        "bad-rows.csv:7: fatalities '-3' is negative: expected a whole number of 0 or more",
        "bad-rows.csv:8: row has 6 fields, expected 7 as in the header: a missing or extra comma, "
            + "or a value with a comma that is not quoted",
        "bad-rows.csv:9: event_date: '2023-02-30' is not a real date: expected a date such as "
            + "2023-09-21 or 21 September 2023",
        "bad-rows.csv:10: event_date: ambiguous date '03/04/2023' (day/month or month/day?): "
            + "write it as YYYY-MM-DD or as 21 September 2023",
        "bad-rows.csv:11: time_precision '7' is not valid: expected 1 (day), 2 (within a week) or 3 (month)",
        "bad-rows.csv:12: duplicate event_id_cnty 'B-1': already used on line 2, expected one row per event");
    assertThat(r.badRows()).allSatisfy(e -> assertThat(e.file()).isEqualTo("bad-rows.csv"));
  }

  @Test
  void anUnclosedQuoteStopsTheFileButKeepsWhatCameBefore() throws Exception {
    Path file = Fixtures.write(dir, "open.csv", """
        event_id_cnty,event_date,notes
        S-1,2023-09-01,fine
        S-2,2023-09-02,"never closed
        S-3,2023-09-03,lost
        """);
    EventFiles.Result r = EventFiles.read(file, null);
    assertThat(r.events()).extracting(EventRecord::id).containsExactly("open#S-1");
    assertThat(r.badRows()).extracting(CorpusException::getMessage).containsExactly(
        "open.csv:3: a quoted value is never closed (a '\"' with no matching '\"'): the rest of the "
            + "file was not read");
  }

  @Test
  void textAfterAClosingQuoteIsReportedAtItsLine() throws Exception {
    Path file = Fixtures.write(dir, "stray.csv", """
        event_id_cnty,event_date,notes
        S-1,2023-09-01,fine
        S-2,2023-09-02,"quoted" then more
        """);
    EventFiles.Result r = EventFiles.read(file, null);
    assertThat(r.events()).extracting(EventRecord::id).containsExactly("stray#S-1");
    assertThat(r.badRows()).extracting(CorpusException::getMessage).singleElement().asString()
        .startsWith("stray.csv:3: text after the closing quote of a quoted value");
  }

  @Test
  void lineNumbersCountBlankLinesAndCarriageReturns() throws Exception {
    // a lone CR breaks a line, as in commons-csv, BufferedReader and most editors
    Path file = Fixtures.write(dir, "lines.csv",
        "event_id_cnty,event_date,notes\r\n\r\nL-1,\"2023-09-01\",\"one\rtwo\"\r\n\r\n\r\nL-2,2023-13-01,x\r\n");
    EventFiles.Result r = EventFiles.read(file, null);
    assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.text()).isEqualTo("one\ntwo"));
    assertThat(r.badRows()).extracting(CorpusException::getMessage).containsExactly(
        "lines.csv:7: event_date: '2023-13-01' is not a real date: expected a date such as 2023-09-21 "
            + "or 21 September 2023");
  }

  @Test
  void aHeaderOnlyFileHasNoEvents() throws Exception {
    Path file = Fixtures.write(dir, "header.csv", "event_id_cnty,event_date\n");
    assertThat(EventFiles.read(file, null).events()).isEmpty();
  }

  @Test
  void filesThatCannotBeReadAtAllThrow() throws Exception {
    Fixtures.write(dir, "empty.csv", "");
    Fixtures.write(dir, "blank.csv", "\uFEFF \n\n");
    Fixtures.write(dir, "people.csv", "name,age\nAda,36\n");
    Fixtures.write(dir, "twice.csv", "event_date,notes,Notes\n2023-09-01,a,b\n");
    Files.write(dir.resolve("latin1.csv"),
        "event_date,notes\n2023-09-01,ok\n2023-09-02,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(dir.resolve("binary.csv"), new byte[] {'e', 'v', '\n', 0x00, 0x01, (byte) 0x89, 'P'});

    assertThatThrownBy(() -> EventFiles.read(dir.resolve("empty.csv"), null))
        .isInstanceOf(CorpusException.class).hasMessage("empty.csv: file is empty");
    assertThatThrownBy(() -> EventFiles.read(dir.resolve("blank.csv"), null))
        .hasMessage("blank.csv: file is empty");
    assertThatThrownBy(() -> EventFiles.read(dir.resolve("people.csv"), null))
        .hasMessage("people.csv:1: no event_date column in the header (found: name,age): expected "
            + "ACLED's export columns, e.g. event_id_cnty,event_date,event_type,sub_event_type,actor1,"
            + "...,notes,fatalities");
    assertThatThrownBy(() -> EventFiles.read(dir.resolve("twice.csv"), null))
        .hasMessage("twice.csv:1: column 'notes' appears twice in the header: expected each column once");
    assertThatThrownBy(() -> EventFiles.read(dir.resolve("latin1.csv"), null))
        .hasMessage("latin1.csv:3: not valid UTF-8 text");
    assertThatThrownBy(() -> EventFiles.read(dir.resolve("binary.csv"), null))
        .hasMessage("binary.csv:2: binary content (NUL byte): expected UTF-8 text");
    assertThatThrownBy(() -> EventFiles.read(dir.resolve("missing.csv"), null))
        .isInstanceOf(CorpusException.class).hasMessageStartingWith("missing.csv: cannot be read");
    assertThatThrownBy(() -> EventFiles.read(Fixtures.write(dir, "notes.txt", "x"), null))
        .hasMessage("notes.txt: not an event file: expected a .csv (ACLED layout) or .jsonl file");
  }

  @Test
  void streamsRecordsOneByOne() throws Exception {
    List<String> seen = new java.util.ArrayList<>();
    List<CorpusException> bad = EventFiles.forEachEvent(
        Fixtures.path("bad-rows.csv"), null, e -> seen.add(e.id()));
    assertThat(seen).containsExactly("bad-rows#B-1", "bad-rows#B-10");
    assertThat(bad).hasSize(9);
  }

  @Test
  void actorNamesGoThroughTheDirectory() throws Exception {
    var directory = siege.extract.ActorDirectory.withCuratedAliases();
    EventFiles.Result r = EventFiles.read(Fixtures.path("timbuktu-acled-sample.csv"), directory);
    assertThat(r.events()).flatExtracting(EventRecord::actors)
        .allSatisfy(a -> assertThat(directory.canonical(a)).isEqualTo(a))
        .noneMatch(a -> a.endsWith("(JNIM)"));
  }
}
