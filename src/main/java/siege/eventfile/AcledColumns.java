package siege.eventfile;

import java.util.List;
import java.util.Set;

/** Column names of ACLED's export layout, in ACLED's order, and the two columns we add on export. */
public final class AcledColumns {
  public static final String EVENT_ID_CNTY = "event_id_cnty";
  public static final String EVENT_DATE = "event_date";
  public static final String YEAR = "year";
  public static final String TIME_PRECISION = "time_precision";
  public static final String EVENT_TYPE = "event_type";
  public static final String SUB_EVENT_TYPE = "sub_event_type";
  public static final String ACTOR1 = "actor1";
  public static final String ASSOC_ACTOR_1 = "assoc_actor_1";
  public static final String ACTOR2 = "actor2";
  public static final String ASSOC_ACTOR_2 = "assoc_actor_2";
  public static final String ADMIN1 = "admin1";
  public static final String LOCATION = "location";
  public static final String SOURCE = "source";
  public static final String NOTES = "notes";
  public static final String FATALITIES = "fatalities";
  public static final String TAGS = "tags";

  /** Our own column (not ACLED's): "day", "month", "year" or "none"; overrides time_precision. */
  public static final String DATE_PRECISION = "date_precision";
  /** Our own column (not ACLED's): number injured. */
  public static final String INJURED = "injured";

  /** The 31 columns of ACLED's export, in order. */
  public static final List<String> ACLED = List.of(
      EVENT_ID_CNTY, EVENT_DATE, YEAR, TIME_PRECISION, "disorder_type", EVENT_TYPE, SUB_EVENT_TYPE,
      ACTOR1, ASSOC_ACTOR_1, "inter1", ACTOR2, ASSOC_ACTOR_2, "inter2", "interaction",
      "civilian_targeting", "iso", "region", "country", ADMIN1, "admin2", "admin3", LOCATION,
      "latitude", "longitude", "geo_precision", SOURCE, "source_scale", NOTES, FATALITIES, TAGS,
      "timestamp");

  /** What the CSV writer puts after ACLED's columns so that a round trip loses nothing. */
  public static final List<String> OURS = List.of(DATE_PRECISION, INJURED);

  /** Extra keys holding ACLED's original type spelling when it differs from our taxonomy's. */
  public static final String EXTRA_ACLED_EVENT_TYPE = "acled_event_type";
  public static final String EXTRA_ACLED_SUB_EVENT_TYPE = "acled_sub_event_type";
  /** Extra key set to "2" when ACLED's time_precision said "within a week" (read as a day). */
  public static final String EXTRA_ACLED_TIME_PRECISION = "acled_time_precision";
  static final Set<String> EXTRA_ORIGINALS =
      Set.of(EXTRA_ACLED_EVENT_TYPE, EXTRA_ACLED_SUB_EVENT_TYPE, EXTRA_ACLED_TIME_PRECISION);

  /**
   * Columns read into the record's own fields (or derived from them: year, time_precision); every
   * other column goes to {@code extra}.
   */
  static final Set<String> MAPPED = Set.of(EVENT_ID_CNTY, EVENT_DATE, YEAR, TIME_PRECISION,
      EVENT_TYPE, SUB_EVENT_TYPE, ACTOR1, ASSOC_ACTOR_1, ACTOR2, ASSOC_ACTOR_2, LOCATION, SOURCE,
      NOTES, FATALITIES, TAGS, DATE_PRECISION, INJURED);

  private AcledColumns() {}
}
