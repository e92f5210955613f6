package siege.eventfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import siege.model.EventDate;
import siege.model.EventRecord;

class EventWritersTest {

  static EventRecord reportEvent(String id, EventDate date, List<String> actors, Integer killed,
      Integer injured, String text, Map<String, String> extra) {
    return new EventRecord(id, "siege-of-testville", "Siege of Testville", "siege-of-testville.txt",
        "Siege", 3, date, actors, "Explosions/Remote violence", "Shelling/artillery/missile attack",
        List.of("blockade", "casualty update"), killed, injured, "the military airport", text, null, extra);
  }

  private static String write(EventWriter writer, List<EventRecord> events) throws Exception {
    StringWriter out = new StringWriter();
    writer.begin(out);
    for (EventRecord e : events) writer.write(e);
    writer.end();
    return out.toString();
  }

  private static List<CSVRecord> parse(String csv) throws Exception {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv)).getRecords();
  }

  @Test
  void csvHasAcledsColumnsInOrderThenOurs() throws Exception {
    String csv = write(new AcledCsvWriter(), List.of());
    assertThat(csv).isEqualTo("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
        + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,"
        + "civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,"
        + "geo_precision,source,source_scale,notes,fatalities,tags,timestamp,date_precision,injured\r\n");
    assertThat(new AcledCsvWriter(List.of("latitude", "reporter_note")).columns())
        .hasSize(34).endsWith("injured", "reporter_note");
  }

  @Test
  void csvRowMapsEachField() throws Exception {
    EventRecord yearOnly = reportEvent("siege-of-testville#e3", EventDate.year(2023),
        List.of("Group A", "Group B", "Group C", "Group D"), null, 4,
        "Shells fell on the airport, \"again\",\nand on the market.",
        Map.of("latitude", "16.7", "acled_event_type", "explosions/remote violence"));
    EventRecord month = reportEvent("siege-of-testville#e4", EventDate.month(2023, 9), List.of("Group A"),
        2, null, "Two died.", Map.of());
    EventRecord undated = reportEvent("siege-of-testville#e5", EventDate.NONE, List.of(), 0, 0, "No date.", Map.of());
    List<CSVRecord> rows = parse(write(new AcledCsvWriter(), List.of(yearOnly, month, undated)));
    assertThat(rows).hasSize(3);

    CSVRecord r = rows.get(0);
    assertThat(r.get("event_id_cnty")).isEqualTo("siege-of-testville#e3");
    assertThat(r.get("event_date")).isEqualTo("2023-01-01");
    assertThat(r.get("year")).isEqualTo("2023");
    assertThat(r.get("time_precision")).isEqualTo("3");
    assertThat(r.get("date_precision")).isEqualTo("year");
    assertThat(r.get("event_type")).isEqualTo("explosions/remote violence");
    assertThat(r.get("sub_event_type")).isEqualTo("Shelling/artillery/missile attack");
    assertThat(r.get("actor1")).isEqualTo("Group A");
    assertThat(r.get("actor2")).isEqualTo("Group B");
    assertThat(r.get("assoc_actor_1")).isEqualTo("Group C; Group D");
    assertThat(r.get("assoc_actor_2")).isEmpty();
    assertThat(r.get("location")).isEqualTo("the military airport");
    assertThat(r.get("notes")).isEqualTo("Shells fell on the airport, \"again\",\nand on the market.");
    assertThat(r.get("fatalities")).isEmpty();
    assertThat(r.get("injured")).isEqualTo("4");
    assertThat(r.get("tags")).isEqualTo("blockade; casualty update");
    assertThat(r.get("latitude")).isEqualTo("16.7");
    assertThat(r.get("source")).isEmpty();

    assertThat(rows.get(1).get("event_date")).isEqualTo("2023-09-01");
    assertThat(rows.get(1).get("time_precision")).isEqualTo("3");
    assertThat(rows.get(1).get("date_precision")).isEqualTo("month");
    assertThat(rows.get(1).get("fatalities")).isEqualTo("2");
    assertThat(rows.get(2).get("event_date")).isEmpty();
    assertThat(rows.get(2).get("year")).isEmpty();
    assertThat(rows.get(2).get("time_precision")).isEmpty();
    assertThat(rows.get(2).get("date_precision")).isEqualTo("none");
  }

  @Test
  void csvIdOfAnEventFileRecordIsItsOwnId() throws Exception {
    EventRecord fromFile = new EventRecord("acled-mali#MLI123", "acled-mali", "acled-mali.csv",
        "acled-mali.csv", "", -1, EventDate.day(LocalDate.of(2023, 9, 1)), List.of(), null, null,
        List.of(), null, null, null, "", null, Map.of("acled_time_precision", "2"));
    CSVRecord r = parse(write(new AcledCsvWriter(), List.of(fromFile))).get(0);
    assertThat(r.get("event_id_cnty")).isEqualTo("MLI123");
    assertThat(r.get("time_precision")).isEqualTo("2");
  }

  @Test
  void jsonLinesWriteOneObjectPerLineInTheApiNames() throws Exception {
    EventRecord e = reportEvent("siege-of-testville#e3", EventDate.day(LocalDate.of(2023, 9, 21)),
        List.of("Group A"), null, 4, "Line one\nline two \u2028 \"quoted\"", Map.of("latitude", "16.7", "text", "clash"));
    String out = write(new JsonLinesWriter(), List.of(e, e));
    assertThat(out.split("\n", -1)).hasSize(3).endsWith("");
    JsonNode o = new ObjectMapper().readTree(out.lines().findFirst().orElseThrow());
    assertThat(o.fieldNames()).toIterable().containsExactly("id", "kind", "report", "report_title",
        "section", "source_file", "date", "date_precision", "month", "actors", "event_type",
        "sub_event_type", "tags", "killed", "injured", "place", "text", "source", "latitude");
    assertThat(o.get("id").asText()).isEqualTo("siege-of-testville#e3");
    assertThat(o.get("report").asText()).isEqualTo("siege-of-testville");
    assertThat(o.get("date").asText()).isEqualTo("2023-09-21");
    assertThat(o.get("date_precision").asText()).isEqualTo("day");
    assertThat(o.get("month").asText()).isEqualTo("2023-09");
    assertThat(o.get("actors").get(0).asText()).isEqualTo("Group A");
    assertThat(o.get("killed").isNull()).isTrue();
    assertThat(o.get("injured").asInt()).isEqualTo(4);
    assertThat(o.get("text").asText()).isEqualTo("Line one\nline two \u2028 \"quoted\"");
    assertThat(o.get("latitude").asText()).isEqualTo("16.7");
  }

  @Test
  void writersAreChosenByFormatName() {
    EventWriter csv = EventFiles.writer(" CSV ");
    assertThat(csv).isInstanceOf(AcledCsvWriter.class);
    assertThat(List.of(csv.format(), csv.extension(), csv.mediaType()))
        .containsExactly("csv", "csv", "text/csv; charset=utf-8");
    EventWriter jsonl = EventFiles.writer("jsonl");
    assertThat(List.of(jsonl.format(), jsonl.extension(), jsonl.mediaType()))
        .containsExactly("jsonl", "jsonl", "application/jsonl; charset=utf-8");
    assertThatThrownBy(() -> EventFiles.writer("xml")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown export format 'xml': expected one of csv, jsonl");
  }

  @Test
  void writingBeforeBeginIsAProgrammingError() {
    assertThatThrownBy(() -> new JsonLinesWriter().write(
        reportEvent("x#e1", EventDate.NONE, List.of(), null, null, "", Map.of())))
        .isInstanceOf(IllegalStateException.class);
  }
}
