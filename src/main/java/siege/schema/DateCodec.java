package siege.schema;

import java.time.LocalDate;

/**
 * How dates are stored in the index: the epoch day of the resolved date (a long), in a LongPoint
 * for range filters, NumericDocValues for sorting and a stored field to rebuild records. Undated
 * documents have no date field; sorts put them last in either direction.
 */
public final class DateCodec {
  /** Sort value of an undated document in ascending order (last). */
  public static final long MISSING_ASCENDING = Long.MAX_VALUE;
  /** Sort value of an undated document in descending order (last). */
  public static final long MISSING_DESCENDING = Long.MIN_VALUE;

  private DateCodec() {}

  public static long encode(LocalDate date) {
    return date.toEpochDay();
  }

  public static LocalDate decode(long epochDay) {
    return LocalDate.ofEpochDay(epochDay);
  }
}
