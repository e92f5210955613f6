package siege.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import siege.bench.SyntheticWorld.Actor;
import siege.bench.SyntheticWorld.Country;
import siege.bench.SyntheticWorld.Town;

/**
 * Writes event files in ACLED's export column layout (the 31 columns of the shared sample, in its
 * order), one row per event, with notes written like ACLED's ("On 26 August 2023, ..."): quoted
 * because they hold commas, sometimes with doubled quotes or a line break inside.
 */
final class AcledCsvWriter {
  /** ACLED's export header, in order. */
  static final List<String> HEADER = List.of(
      "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
      "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
      "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
      "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
      "fatalities", "tags", "timestamp");

  /** First event date of generated rows; rows fall within the following ten and a half years. */
  static final LocalDate FIRST_DATE = LocalDate.of(2015, 1, 1);
  static final int DAYS = 3833;

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
  private static final String[] SCALES = {"National", "Subnational", "Other", "New media", "Local partner-National"};

  private final SyntheticWorld world;
  private final EventWriter events;

  AcledCsvWriter(SyntheticWorld world) {
    this.world = world;
    this.events = new EventWriter(world.vocabulary());
  }

  static String fileName(int index) {
    return String.format(Locale.ROOT, "events-%04d.csv", index);
  }

  /** File number {@code index} with exactly {@code rows} event rows after the header. */
  String write(int index, int rows, SplittableRandom r) {
    StringBuilder out = new StringBuilder(rows * 520 + 512);
    try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      csv.printRecord(HEADER);
      List<Object> row = new ArrayList<>(HEADER.size());
      for (int i = 0; i < rows; i++) {
        row.clear();
        fillRow(row, index * 1_000_000L + i + 1, r);
        csv.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return out.toString();
  }

  private void fillRow(List<Object> row, long serial, SplittableRandom r) {
    Country country = world.pickCountry(r);
    Town town = country.towns().get(r.nextInt(country.towns().size()));
    Actor attacker = SyntheticWorld.pickGroup(country, r);
    Actor ally = r.nextInt(8) == 0 ? SyntheticWorld.pickGroup(country, r) : null;
    if (ally == attacker) ally = null;
    Scene scene = new Scene(country, town, attacker, ally, country.army(), country.militia());
    LocalDate date = FIRST_DATE.plusDays(r.nextInt(DAYS));
    int precision = r.nextInt(100) < 85 ? 1 : r.nextInt(3) == 0 ? 3 : 2;
    if (precision == 3) date = date.withDayOfMonth(15);

    StringBuilder notes = new StringBuilder(240);
    notes.append(switch (precision) {
      case 1 -> "On " + ReportWriter.Narrative.dayMonthYear(date) + ", ";
      case 2 -> "Around " + ReportWriter.Narrative.dayMonthYear(date) + " (week of), ";
      default -> "In " + ReportWriter.Narrative.month(date) + " " + date.getYear() + ", ";
    });
    EventKind kind = EventKind.pick(r);
    EventWriter.Written w = events.body(notes, scene, kind, r);
    notes.append('.');
    if (r.nextInt(40) == 0) notes.append(" A local official said: \"The town is cut off.\"");
    if (r.nextInt(200) == 0) notes.append("\nUpdate: casualty figures could not be verified independently.");

    boolean civilians = kind.eventType.equals(siege.model.Taxonomy.VIOLENCE_AGAINST_CIVILIANS);
    String actor1;
    int inter1;
    if (w.actor1() != null) {
      actor1 = w.actor1().nameWithAcronym();
      inter1 = w.actor1().inter();
    } else if (kind == EventKind.PROTEST) {
      actor1 = "Protesters (" + country.name() + ")";
      inter1 = 6;
    } else if (kind == EventKind.TRANSPORT_DISRUPTION) {
      actor1 = country.airline();
      inter1 = SyntheticWorld.OTHER;
    } else {
      actor1 = "Civilians (" + country.name() + ")";
      inter1 = SyntheticWorld.CIVILIANS;
    }
    String actor2 = "";
    int inter2 = 0;
    if (civilians) {
      actor2 = "Civilians (" + country.name() + ")";
      inter2 = SyntheticWorld.CIVILIANS;
    } else if (w.actor2() != null) {
      actor2 = w.actor2().nameWithAcronym();
      inter2 = w.actor2().inter();
    }
    int interaction = inter2 == 0 ? inter1 * 10 : Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
    String location = w.place().equals("the military airport") ? town.name() + " airport" : town.name();

    row.add(country.iso3() + serial);
    row.add(date.toString());
    row.add(date.getYear());
    row.add(precision);
    row.add(kind.disorderType());
    row.add(kind.eventType);
    row.add(kind.subEventType);
    row.add(actor1);
    row.add(ally != null && w.actor1() == attacker ? ally.nameWithAcronym() : "");
    row.add(inter1);
    row.add(actor2);
    row.add("");
    row.add(inter2);
    row.add(interaction);
    row.add(civilians ? "Civilian targeting" : "");
    row.add(country.isoNumeric());
    row.add(country.region());
    row.add(country.name());
    row.add(town.admin1());
    row.add(town.admin2());
    row.add(town.name());
    row.add(location);
    row.add(town.latitude());
    row.add(town.longitude());
    row.add(1 + r.nextInt(3));
    row.add(country.adjective() + " media; generated");
    row.add(SCALES[r.nextInt(SCALES.length)]);
    row.add(notes.toString());
    row.add(w.killed());
    row.add(kind == EventKind.PROTEST ? "crowd size=no report" : "");
    row.add(date.atStartOfDay().toEpochSecond(ZoneOffset.UTC) + 86_400L * 30);
  }
}
