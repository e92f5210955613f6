package siege.eventfile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import siege.corpus.CorpusException;
import siege.model.EventDate;
import siege.model.EventRecord;
import siege.model.Precision;

/**
 * Reads a CSV file in ACLED's export layout, one record at a time. Columns are found by header
 * name (any order, any case); unknown columns go to {@code extra}. Line numbers in messages are
 * the physical line where a record starts, also after multi-line quoted notes.
 */
final class AcledCsvReader {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
  private static final Pattern ERROR_LINE = Pattern.compile("line:?\\s*([\\d,]+)");
  private static final String REST_NOT_READ = ": the rest of the file was not read";

  private final Path file;
  private final String name;
  private final String fileId;
  private final ActorNames actors;
  private final EventTypes eventTypes = new EventTypes();

  AcledCsvReader(Path file, ActorNames actors) {
    this.file = file;
    this.name = file.getFileName().toString();
    this.fileId = EventFiles.fileId(file);
    this.actors = actors;
  }

  /** Sends each good row to {@code sink} and returns the bad rows. */
  List<CorpusException> read(Consumer<EventRecord> sink) throws CorpusException {
    StrictUtf8.check(file);
    List<CorpusException> bad = new ArrayList<>();
    SeenIds seenIds = new SeenIds(AcledColumns.EVENT_ID_CNTY, "row");
    try (BufferedReader in = StrictUtf8.open(file); CSVParser parser = FORMAT.parse(in)) {
      Iterator<CSVRecord> rows = parser.iterator();
      CSVRecord first = next(rows, parser, bad);
      if (first == null) {
        if (!bad.isEmpty()) throw bad.get(0);
        throw new CorpusException(name, 0, "file is empty");
      }
      Header header = Header.of(name, first, startLine(first, parser));
      CSVRecord row;
      while ((row = next(rows, parser, bad)) != null) {
        int line = startLine(row, parser);
        try {
          EventRecord event = toEvent(header, row, line, seenIds);
          if (event != null) sink.accept(event);
        } catch (BadRow e) {
          bad.add(new CorpusException(name, line, e.getMessage()));
        }
      }
    } catch (IOException e) {
      throw new CorpusException(name, 0, "cannot be read: " + e.getMessage());
    }
    return bad;
  }

  /** The next record, or null at the end or after a syntax error that stops the parser. */
  private CSVRecord next(Iterator<CSVRecord> rows, CSVParser parser, List<CorpusException> bad)
      throws CorpusException {
    try {
      return rows.hasNext() ? rows.next() : null;
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new CorpusException(name, (int) parser.getCurrentLineNumber(), "not valid UTF-8 text");
      }
      bad.add(syntaxError(e.getCause(), parser));
      return null;
    }
  }

  private CorpusException syntaxError(IOException e, CSVParser parser) {
    String msg = String.valueOf(e.getMessage());
    Matcher m = ERROR_LINE.matcher(msg);
    int line = m.find() ? Integer.parseInt(m.group(1).replace(",", "")) : (int) parser.getCurrentLineNumber();
    String problem;
    if (msg.contains("EOF reached before encapsulated token finished")) {
      problem = "a quoted value is never closed (a '\"' with no matching '\"')" + REST_NOT_READ;
    } else if (msg.contains("Invalid character between encapsulated token and delimiter")) {
      problem = "text after the closing quote of a quoted value (a '\"' inside a quoted value must be "
          + "doubled as '\"\"')" + REST_NOT_READ;
    } else {
      problem = "CSV syntax error (" + msg + ")" + REST_NOT_READ;
    }
    return new CorpusException(name, line, problem);
  }

  private EventRecord toEvent(Header header, CSVRecord row, int line, SeenIds seenIds)
      throws BadRow {
    if (row.stream().allMatch(String::isBlank)) return null;
    if (row.size() != header.size()) {
      throw new BadRow("row has " + row.size() + " fields, expected " + header.size()
          + " as in the header: a missing or extra comma, or a value with a comma that is not quoted");
    }
    Map<String, String> extra = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String column = header.names.get(i);
      String value = cell(row, i);
      if (!value.isEmpty() && !AcledColumns.MAPPED.contains(column)) extra.put(column, value);
    }

    String localId = header.get(row, AcledColumns.EVENT_ID_CNTY);
    if (localId.isEmpty()) localId = "line-" + line;
    seenIds.add(localId, localId, line);

    EventDate date = date(header, row);
    if (date.precision() == Precision.DAY && header.get(row, AcledColumns.TIME_PRECISION).equals("2")) {
      extra.put(AcledColumns.EXTRA_ACLED_TIME_PRECISION, "2");
    }
    Integer killed = Counts.parse(AcledColumns.FATALITIES, header.get(row, AcledColumns.FATALITIES));
    Integer injured = Counts.parse(AcledColumns.INJURED, header.get(row, AcledColumns.INJURED));
    List<String> names = actors.resolve(List.of(
        header.get(row, AcledColumns.ACTOR1), header.get(row, AcledColumns.ACTOR2),
        header.get(row, AcledColumns.ASSOC_ACTOR_1), header.get(row, AcledColumns.ASSOC_ACTOR_2)));
    EventTypes.Mapped types = eventTypes.map(header.get(row, AcledColumns.EVENT_TYPE),
        header.get(row, AcledColumns.SUB_EVENT_TYPE), extra);
    String place = EventTypes.blankToNull(header.get(row, AcledColumns.LOCATION));
    if (place == null) place = EventTypes.blankToNull(header.get(row, AcledColumns.ADMIN1));

    return new EventRecord(fileId + "#" + localId, fileId, name, name, "", -1, date, names,
        types.eventType(), types.subEventType(), tags(header.get(row, AcledColumns.TAGS)), killed,
        injured, place, header.get(row, AcledColumns.NOTES),
        EventTypes.blankToNull(header.get(row, AcledColumns.SOURCE)), extra);
  }

  private static EventDate date(Header header, CSVRecord row) throws BadRow {
    String raw = header.get(row, AcledColumns.EVENT_DATE);
    Precision ours = ourPrecision(header.get(row, AcledColumns.DATE_PRECISION));
    if (raw.isEmpty()) {
      if (ours == Precision.NONE) return EventDate.NONE;
      throw new BadRow("missing event_date: " + DateText.EXPECTED);
    }
    Precision acled = acledPrecision(header.get(row, AcledColumns.TIME_PRECISION));
    try {
      EventDate date = DateText.parse(raw);
      if (ours != null) return DateText.parse(raw, ours);
      if (acled == Precision.MONTH && date.precision() == Precision.DAY) {
        return new EventDate(date.date(), Precision.MONTH);
      }
      return date;
    } catch (IllegalArgumentException e) {
      throw new BadRow("event_date: " + e.getMessage());
    }
  }

  /** ACLED's time_precision: 1 = day, 2 = within a week (kept as day), 3 = month only. */
  private static Precision acledPrecision(String raw) throws BadRow {
    switch (raw) {
      case "":
      case "1":
      case "2":
        return Precision.DAY;
      case "3":
        return Precision.MONTH;
      default:
        throw new BadRow("time_precision '" + raw
            + "' is not valid: expected 1 (day), 2 (within a week) or 3 (month)");
    }
  }

  private static Precision ourPrecision(String raw) throws BadRow {
    if (raw.isEmpty()) return null;
    try {
      return Precision.fromLabel(raw);
    } catch (IllegalArgumentException e) {
      throw new BadRow("date_precision '" + raw + "' is not valid: expected day, month, year or none");
    }
  }

  /** A cell stripped, its line breaks (CRLF, CR) made plain "\n". */
  private static String cell(CSVRecord row, int i) {
    String v = row.get(i).strip();
    return v.indexOf('\r') < 0 ? v : v.replace("\r\n", "\n").replace('\r', '\n');
  }

  static List<String> tags(String cell) {
    List<String> tags = new ArrayList<>();
    for (String t : cell.split(";")) {
      String tag = t.strip();
      if (!tag.isEmpty() && !tags.contains(tag)) tags.add(tag);
    }
    return tags;
  }

  /**
   * commons-csv counts the lines read so far (a record's last line); the record starts that many
   * line breaks earlier as its quoted values hold (values keep their line breaks verbatim).
   */
  private static int startLine(CSVRecord row, CSVParser parser) {
    long end = parser.getCurrentLineNumber();
    int breaks = 0;
    for (String value : row) breaks += lineBreaks(value);
    return (int) Math.max(1, end - breaks);
  }

  private static int lineBreaks(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n'))) n++;
    }
    return n;
  }

  /** Header names (known ACLED columns lower-cased, others as written) and their positions. */
  private static final class Header {
    final List<String> names;
    final Map<String, Integer> index;

    private Header(List<String> names, Map<String, Integer> index) {
      this.names = names;
      this.index = index;
    }

    static Header of(String file, CSVRecord row, int line) throws CorpusException {
      List<String> names = new ArrayList<>();
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < row.size(); i++) {
        String raw = row.get(i).strip();
        String lower = raw.toLowerCase(Locale.ROOT);
        boolean known = AcledColumns.ACLED.contains(lower) || AcledColumns.OURS.contains(lower);
        String column = raw.isEmpty() ? "column_" + (i + 1) : known ? lower : raw;
        if (index.putIfAbsent(column.toLowerCase(Locale.ROOT), i) != null) {
          throw new CorpusException(file, line,
              "column '" + column + "' appears twice in the header: expected each column once");
        }
        names.add(column);
      }
      if (!index.containsKey(AcledColumns.EVENT_DATE)) {
        throw new CorpusException(file, line, "no event_date column in the header (found: "
            + abbreviate(String.join(",", names)) + "): expected ACLED's export columns, e.g. "
            + "event_id_cnty,event_date,event_type,sub_event_type,actor1,...,notes,fatalities");
      }
      return new Header(List.copyOf(names), index);
    }

    int size() {
      return names.size();
    }

    /** The stripped cell of a column, "" when the file has no such column. */
    String get(CSVRecord row, String column) {
      Integer i = index.get(column);
      return i == null ? "" : cell(row, i);
    }

    private static String abbreviate(String s) {
      return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
  }
}
