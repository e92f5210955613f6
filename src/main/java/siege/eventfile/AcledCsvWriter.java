package siege.eventfile;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import siege.model.EventDate;
import siege.model.EventRecord;
import siege.model.Precision;

/**
 * Writes event records as CSV in ACLED's export layout: ACLED's 31 columns in order, then our
 * {@code date_precision} and {@code injured} (ACLED has neither), then any extra columns asked for.
 * What {@link EventFiles#read} reads back from this file equals what was written:
 *
 * <ul>
 *   <li>event_id_cnty: for a record read from an event file, its id without the file's prefix
 *       ({@code MLI-SAMPLE-001}); for a report event the whole id ({@code siege-of-timbuktu#e9}).
 *   <li>event_date: the ISO day; month and year precision write the first day of the month or of
 *       the year, time_precision 3 for both (ACLED has no year precision: date_precision says
 *       "year"); an undated record gets an empty date and date_precision "none".
 *   <li>event_type, sub_event_type: the file's original spelling when one was kept, else ours.
 *   <li>actor1, actor2: the first two actors; assoc_actor_1: the others joined by "; ".
 *   <li>fatalities: killed, empty when not stated (not 0, so that "unknown" stays unknown).
 *   <li>location: place; notes: text; tags joined by "; "; every other ACLED column (latitude,
 *       admin1, interaction, ...) from the record's {@code extra} under the same name.
 * </ul>
 */
public final class AcledCsvWriter implements EventWriter {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private final List<String> columns;
  private final List<String> extraColumns;
  private CSVPrinter printer;

  /** ACLED's columns, then date_precision and injured. */
  public AcledCsvWriter() {
    this(List.of());
  }

  /** As {@link #AcledCsvWriter()}, then one column per given {@code extra} key. */
  public AcledCsvWriter(List<String> extraColumns) {
    List<String> all = new ArrayList<>(AcledColumns.ACLED);
    all.addAll(AcledColumns.OURS);
    List<String> extras = new ArrayList<>();
    for (String c : extraColumns) {
      if (!all.contains(c)) {
        all.add(c);
        extras.add(c);
      }
    }
    this.columns = List.copyOf(all);
    this.extraColumns = List.copyOf(extras);
  }

  /**
   * The {@code extra} keys of the given records that have no column of their own, sorted: pass
   * them to {@link #AcledCsvWriter(List)} to keep every stored field when the records are known
   * before writing.
   */
  public static List<String> extraColumnsOf(Iterable<EventRecord> events) {
    TreeSet<String> keys = new TreeSet<>();
    for (EventRecord e : events) {
      for (String k : e.extra().keySet()) {
        if (!AcledColumns.ACLED.contains(k) && !AcledColumns.OURS.contains(k) && !AcledColumns.EXTRA_ORIGINALS.contains(k)) {
          keys.add(k);
        }
      }
    }
    return List.copyOf(keys);
  }

  public List<String> columns() {
    return columns;
  }

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public String mediaType() {
    return "text/csv; charset=utf-8";
  }

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public void begin(Writer out) throws IOException {
    printer = new CSVPrinter(out, FORMAT);
    printer.printRecord(columns);
  }

  @Override
  public void write(EventRecord e) throws IOException {
    if (printer == null) throw new IllegalStateException("begin() was not called");
    Map<String, String> x = e.extra();
    EventDate date = e.date();
    List<String> actors = e.actors();
    List<String> row = new ArrayList<>(columns.size());
    for (String column : AcledColumns.ACLED) {
      row.add(switch (column) {
        case AcledColumns.EVENT_ID_CNTY -> localId(e);
        case AcledColumns.EVENT_DATE -> date.isKnown() ? date.date().toString() : "";
        case AcledColumns.YEAR -> date.isKnown() ? date.year() : "";
        case AcledColumns.TIME_PRECISION -> timePrecision(date, x);
        case AcledColumns.EVENT_TYPE -> x.getOrDefault(AcledColumns.EXTRA_ACLED_EVENT_TYPE, text(e.eventType()));
        case AcledColumns.SUB_EVENT_TYPE ->
            x.getOrDefault(AcledColumns.EXTRA_ACLED_SUB_EVENT_TYPE, text(e.subEventType()));
        case AcledColumns.ACTOR1 -> actors.size() > 0 ? actors.get(0) : "";
        case AcledColumns.ACTOR2 -> actors.size() > 1 ? actors.get(1) : "";
        case AcledColumns.ASSOC_ACTOR_1 -> actors.size() > 2 ? String.join("; ", actors.subList(2, actors.size())) : "";
        case AcledColumns.ASSOC_ACTOR_2 -> "";
        case AcledColumns.LOCATION -> text(e.place());
        case AcledColumns.NOTES -> text(e.text());
        case AcledColumns.FATALITIES -> e.killed() == null ? "" : e.killed().toString();
        case AcledColumns.SOURCE -> text(e.source());
        case AcledColumns.TAGS -> String.join("; ", e.tags());
        default -> x.getOrDefault(column, "");
      });
    }
    row.add(date.precision().label());
    row.add(e.injured() == null ? "" : e.injured().toString());
    for (String column : extraColumns) row.add(x.getOrDefault(column, ""));
    printer.printRecord(row);
  }

  @Override
  public void end() throws IOException {
    if (printer != null) printer.flush();
  }

  /** ACLED's 1 (day), 2 (within a week, when the file said so) or 3 (month, and our year). */
  private static String timePrecision(EventDate date, Map<String, String> extra) {
    if (date.precision() == Precision.DAY) {
      return "2".equals(extra.get(AcledColumns.EXTRA_ACLED_TIME_PRECISION)) ? "2" : "1";
    }
    return date.isKnown() ? "3" : "";
  }

  /** The id inside its event file, or the whole id for events from reports. */
  static String localId(EventRecord e) {
    String prefix = e.reportId() + "#";
    boolean fromEventFile = e.sourceFile() != null && EventFiles.handlesName(e.sourceFile());
    return fromEventFile && e.id().startsWith(prefix) ? e.id().substring(prefix.length()) : e.id();
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
