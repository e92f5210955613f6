package siege.extract;

import java.util.List;
import siege.model.EventDate;
import siege.model.Report;

/**
 * The conflict period an infobox {@code Date} gives: "2023-08-08", "2022-03-08 – 2023-05",
 * "2025-09", "8 August 2023 – present". The start is the first date in the value, the end the
 * second one (unknown when absent).
 *
 * @param start first date of the value, {@link EventDate#NONE} when the value holds none
 * @param end second date of the value, {@link EventDate#NONE} when there is none
 */
public record ConflictPeriod(EventDate start, EventDate end) {

  public static final ConflictPeriod UNKNOWN = new ConflictPeriod(EventDate.NONE, EventDate.NONE);

  /** The period of a report, from its infobox {@code Date} (or {@code Dates}) field. */
  public static ConflictPeriod of(Report report) {
    String v = report.info("Date");
    if (v == null) v = report.info("Dates");
    return parse(v);
  }

  /** Parses an infobox date value; text without any date gives {@link #UNKNOWN}. */
  public static ConflictPeriod parse(String value) {
    if (value == null || value.isBlank()) return UNKNOWN;
    List<DateGrammar.Mention> found = DateGrammar.find(" in " + value.replace("–", " – "));
    EventDate start = EventDate.NONE;
    EventDate end = EventDate.NONE;
    for (DateGrammar.Mention m : found) {
      if (!m.hasYear() || m.kind() == DateGrammar.Kind.RELATIVE) continue;
      EventDate d = DateResolver.absolute(m, m.year());
      if (!start.isKnown()) start = d;
      else if (!end.isKnown()) end = d;
    }
    return new ConflictPeriod(start, end);
  }
}
