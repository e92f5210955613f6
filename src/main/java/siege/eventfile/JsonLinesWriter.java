package siege.eventfile;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import siege.model.EventRecord;

/**
 * Writes event records as JSON Lines, one object per line, in the API's hit field names: {@code id,
 * kind, report, report_title, section, source_file, date, date_precision, month, actors,
 * event_type, sub_event_type, tags, killed, injured, place, text, source} (nulls written out), then
 * each {@code extra} entry as a key of its own. {@link EventFiles#read} reads these files back.
 */
public final class JsonLinesWriter implements EventWriter {
  /** The keys that carry the record's own fields (never taken from {@code extra}). */
  static final Set<String> FIELDS = Set.of("id", "date", "date_precision", "actors", "event_type",
      "sub_event_type", "tags", "killed", "injured", "place", "text", "source");
  /**
   * Keys that say where a record lived (and derived ones): written for people, ignored on import,
   * where the imported file is the record's home.
   */
  static final Set<String> WHERE = Set.of(
      "kind", "report", "report_title", "section", "source_file", "month", "snippet", "score", "extra");

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private JsonGenerator json;
  private Writer out;
  private boolean any;

  @Override
  public String format() {
    return "jsonl";
  }

  @Override
  public String mediaType() {
    return "application/jsonl; charset=utf-8";
  }

  @Override
  public String extension() {
    return "jsonl";
  }

  @Override
  public void begin(Writer out) throws IOException {
    this.out = out;
    this.json = MAPPER.getFactory().createGenerator(out)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .setRootValueSeparator(new SerializedString("\n"));
  }

  @Override
  public void write(EventRecord e) throws IOException {
    if (json == null) throw new IllegalStateException("begin() was not called");
    json.writeStartObject();
    json.writeStringField("id", e.id());
    json.writeStringField("kind", "event");
    json.writeStringField("report", e.reportId());
    json.writeStringField("report_title", e.reportTitle());
    json.writeStringField("section", e.section());
    json.writeStringField("source_file", e.sourceFile());
    json.writeStringField("date", e.date().iso());
    json.writeStringField("date_precision", e.date().precision().label());
    json.writeStringField("month", e.date().month());
    writeList("actors", e.actors());
    json.writeStringField("event_type", e.eventType());
    json.writeStringField("sub_event_type", e.subEventType());
    writeList("tags", e.tags());
    writeNumber("killed", e.killed());
    writeNumber("injured", e.injured());
    json.writeStringField("place", e.place());
    json.writeStringField("text", e.text());
    json.writeStringField("source", e.source());
    for (Map.Entry<String, String> x : e.extra().entrySet()) {
      if (!FIELDS.contains(x.getKey()) && !WHERE.contains(x.getKey())) {
        json.writeStringField(x.getKey(), x.getValue());
      }
    }
    json.writeEndObject();
    any = true;
  }

  @Override
  public void end() throws IOException {
    if (json == null) return;
    json.flush();
    if (any) out.write('\n');
    out.flush();
  }

  private void writeList(String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String v : values) json.writeString(v);
    json.writeEndArray();
  }

  private void writeNumber(String field, Integer n) throws IOException {
    if (n == null) json.writeNullField(field);
    else json.writeNumberField(field, n);
  }
}
