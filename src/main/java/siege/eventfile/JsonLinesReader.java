package siege.eventfile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import siege.corpus.CorpusException;
import siege.model.EventDate;
import siege.model.EventRecord;
import siege.model.Precision;

/**
 * Reads JSON Lines: one event object per line, in the field names of the API's hits (see {@link
 * JsonLinesWriter}). Blank lines are skipped; any key that is not one of ours goes to {@code extra}.
 */
final class JsonLinesReader {
  static final String EXPECTED_OBJECT = "expected one JSON object per line";
  private static final String EXPECTED_DATE = "expected \"date\": \"2023-09-21\", \"2023-09\" or "
      + "\"2023\" (or \"date_precision\": \"none\" for an undated event)";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final Path file;
  private final String name;
  private final String fileId;
  private final ActorNames actors;
  private final EventTypes eventTypes = new EventTypes();

  JsonLinesReader(Path file, ActorNames actors) {
    this.file = file;
    this.name = file.getFileName().toString();
    this.fileId = EventFiles.fileId(file);
    this.actors = actors;
  }

  List<CorpusException> read(Consumer<EventRecord> sink) throws CorpusException {
    StrictUtf8.check(file);
    List<CorpusException> bad = new ArrayList<>();
    SeenIds seenIds = new SeenIds("id", "line");
    int line = 0;
    try (BufferedReader in = StrictUtf8.open(file)) {
      String text;
      while ((text = in.readLine()) != null) {
        line++;
        if (text.isBlank()) continue;
        try {
          sink.accept(toEvent(parse(text), line, seenIds));
        } catch (BadRow e) {
          bad.add(new CorpusException(name, line, e.getMessage()));
        }
      }
    } catch (CharacterCodingException e) {
      throw new CorpusException(name, line + 1, "not valid UTF-8 text");
    } catch (IOException e) {
      throw new CorpusException(name, 0, "cannot be read: " + e.getMessage());
    }
    return bad;
  }

  private static JsonNode parse(String text) throws BadRow {
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new BadRow("not valid JSON (" + e.getOriginalMessage().lines().findFirst().orElse("")
          + "): " + EXPECTED_OBJECT);
    }
    if (!node.isObject()) {
      throw new BadRow("a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
          + ", not an object: " + EXPECTED_OBJECT);
    }
    return node;
  }

  private EventRecord toEvent(JsonNode o, int line, SeenIds seenIds) throws BadRow {
    String given = text(o, "id");
    String id = given == null ? fileId + "#line-" + line
        : given.startsWith(fileId + "#") ? given : fileId + "#" + given;
    seenIds.add(id, given, line);
    EventDate date = date(o);
    Integer killed = count(o, "killed");
    Integer injured = count(o, "injured");

    Map<String, String> extra = new LinkedHashMap<>();
    var fields = o.fields();
    while (fields.hasNext()) {
      var f = fields.next();
      if (f.getKey().equals("extra") && f.getValue().isObject()) {
        f.getValue().fields().forEachRemaining(e -> putExtra(extra, e.getKey(), e.getValue()));
      } else if (!JsonLinesWriter.FIELDS.contains(f.getKey()) && !JsonLinesWriter.WHERE.contains(f.getKey())) {
        putExtra(extra, f.getKey(), f.getValue());
      }
    }
    EventTypes.Mapped types = eventTypes.map(text(o, "event_type"), text(o, "sub_event_type"), extra);
    String text = text(o, "text");
    return new EventRecord(id, fileId, name, name, "", -1, date, actors.resolve(list(o, "actors")),
        types.eventType(), types.subEventType(), AcledCsvReader.tags(String.join(";", list(o, "tags"))),
        killed, injured, text(o, "place"), text == null ? "" : text, text(o, "source"), extra);
  }

  private static EventDate date(JsonNode o) throws BadRow {
    String raw = text(o, "date");
    String precisionText = text(o, "date_precision");
    Precision precision;
    try {
      precision = precisionText == null ? null : Precision.fromLabel(precisionText);
    } catch (IllegalArgumentException e) {
      throw new BadRow("date_precision '" + precisionText + "' is not valid: expected day, month, year or none");
    }
    if (raw == null) {
      if (precision == Precision.NONE) return EventDate.NONE;
      throw new BadRow("missing date: " + EXPECTED_DATE);
    }
    try {
      return DateText.parse(raw, precision);
    } catch (IllegalArgumentException e) {
      throw new BadRow("date: " + e.getMessage());
    }
  }

  private static Integer count(JsonNode o, String field) throws BadRow {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) return null;
    if (n.isTextual()) return Counts.parse(field, n.asText());
    if (n.isIntegralNumber() && n.canConvertToInt()) {
      if (n.intValue() < 0) throw new BadRow(field + " " + n + " is negative: " + Counts.EXPECTED);
      return n.intValue();
    }
    throw new BadRow(field + " " + n + " is not a whole number: " + Counts.EXPECTED);
  }

  /** A scalar as text; null when absent, null or blank. Objects and arrays give their JSON. */
  private static String text(JsonNode o, String field) {
    JsonNode n = o.get(field);
    if (n == null || n.isNull()) return null;
    String s = n.isValueNode() ? n.asText() : n.toString();
    return s.isBlank() ? null : s.strip();
  }

  /** An array of strings, or one string (several names separated by ";" are split later). */
  private static List<String> list(JsonNode o, String field) throws BadRow {
    JsonNode n = o.get(field);
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) return out;
    if (n.isArray()) {
      for (JsonNode item : n) {
        if (item.isNull()) continue;
        if (!item.isValueNode()) {
          throw new BadRow(field + " holds " + item + ": expected an array of strings");
        }
        out.add(item.asText());
      }
    } else if (n.isValueNode()) {
      out.add(n.asText());
    } else {
      throw new BadRow(field + " is an object: expected an array of strings");
    }
    return out;
  }

  private static void putExtra(Map<String, String> extra, String key, JsonNode value) {
    if (value == null || value.isNull()) return;
    String s = value.isValueNode() ? value.asText() : value.toString();
    if (!s.isBlank()) extra.put(key, s.strip());
  }
}
